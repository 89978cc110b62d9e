// Dates the UK way wherever this app shows one ("2 December 2026 16:05"), as in Tasklist: never the month first.
export default {
  // The service managers' monitoring page (timescales, plans, caseloads), a Cockpit frontend plugin.
  customScripts: ['scripts/monitoring'],
  dateFormat: {
    normal: 'D MMMM YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm'
  }
};
