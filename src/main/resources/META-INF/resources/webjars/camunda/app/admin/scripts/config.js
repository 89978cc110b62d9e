// Dates the UK way wherever this app shows one ("2 December 2026 16:05"), as in Tasklist: never the month first.
export default {
  dateFormat: {
    normal: 'D MMMM YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm'
  }
};
