// The service managers' monitoring page in Cockpit (a Cockpit 7.14+ frontend plugin): statutory timescales met on
// time for a period the manager chooses, by team and by worker, beside the national figures; what is overdue now
// and due soon, each linked to its case page; children on plans; caseloads. It reads GET /api/monitoring on the
// Cockpit sign-in (the /api chain honours the webapps' session) and links each table's CSV download. The figures
// are worked out on the server (monitoring package); this page only shows them.
const PATH = '/monitoring';
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

function el(tag, attributes, ...children) {
  const made = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      made.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined) {
      made.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    }
  });
  return made;
}

function svg(tag, attributes, text) {
  const made = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attributes || {}).forEach(([name, value]) => made.setAttribute(name, value));
  if (text !== undefined) {
    made.textContent = text;
  }
  return made;
}

/** An ISO date (2027-01-06) in words: Wednesday 6 January 2027. */
function longDate(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return DAYS[day] + ' ' + d + ' ' + MONTHS[m - 1] + ' ' + y;
}

/** A month (2026-04) in words: April 2026. */
function monthInWords(isoMonth) {
  const [y, m] = isoMonth.split('-').map(Number);
  return MONTHS[m - 1] + ' ' + y;
}

function percent(value) {
  return value === null || value === undefined ? 'none in the period' : value + '%';
}

function iso(date) {
  return date.getUTCFullYear() + '-' + String(date.getUTCMonth() + 1).padStart(2, '0') + '-'
    + String(date.getUTCDate()).padStart(2, '0');
}

/** The census year (1 April to 31 March) that holds the day. */
function censusYearOf(date) {
  const startYear = date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return {from: startYear + '-04-01', to: (startYear + 1) + '-03-31'};
}

/** Day, month and year boxes, the GOV.UK way; the period's dates are never typed month first. */
function dateInput(name, legend, value) {
  const [y, m, d] = value.split('-');
  const box = (part, label, width, text) => el('div', {class: 'cpc-mon-date-item'},
    el('label', {for: name + '-' + part}, label),
    el('input', {id: name + '-' + part, name: name + '-' + part, inputmode: 'numeric', size: width,
      value: String(Number(text))}));
  return el('fieldset', {class: 'cpc-mon-date', id: name},
    el('legend', {}, legend),
    box('day', 'Day', 2, d), box('month', 'Month', 2, m), box('year', 'Year', 4, y));
}

/** The date typed in the boxes as ISO, or the words saying what is wrong. */
function readDate(node, name, words) {
  const part = p => node.querySelector('#' + name + '-' + p).value.trim();
  const [d, m, y] = [part('day'), part('month'), part('year')];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) {
    return {error: words + ' must be a real date, for example 1 4 2026'};
  }
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) {
    return {error: words + ' must be a real date, for example 1 4 2026'};
  }
  return {value: iso(date)};
}

function table(id, caption, headers, rows, csv) {
  const head = el('thead', {}, el('tr', {}, headers.map(h => el('th', {scope: 'col'}, h))));
  const body = el('tbody', {}, rows.length === 0
    ? el('tr', {}, el('td', {colspan: headers.length}, 'None.'))
    : rows.map(row => el('tr', {}, row.map(cell => el('td', {}, cell)))));
  return el('div', {class: 'cpc-mon-table'},
    el('table', {id: id, class: 'table table-striped'}, el('caption', {}, caption), head, body),
    csv ? el('a', {class: 'cpc-mon-csv', href: csv, download: ''}, 'Download ' + caption.toLowerCase()
      + ' (CSV)') : null);
}

function caseLink(reference, page) {
  return el('a', {href: page, target: '_blank', rel: 'noopener'}, reference);
}

/** Initial conferences held within 15 working days, by month: a bar per month against the national figure. */
function chart(months, national) {
  const width = Math.max(360, 70 * months.length + 80);
  const height = 240;
  const top = 20;
  const bottom = 50;
  const left = 50;
  const plot = height - top - bottom;
  const y = p => top + plot - plot * p / 100;
  const figure = svg('svg', {id: 'cpc-mon-chart', width: width, height: height, role: 'img',
    viewBox: '0 0 ' + width + ' ' + height, 'aria-labelledby': 'cpc-mon-chart-title'});
  figure.appendChild(svg('title', {id: 'cpc-mon-chart-title'},
    'Initial conferences held within 15 working days of the strategy discussion, by month'));
  [0, 50, 100].forEach(p => {
    figure.appendChild(svg('line', {x1: left, x2: width - 10, y1: y(p), y2: y(p), stroke: '#ccc'}));
    figure.appendChild(svg('text', {x: left - 6, y: y(p) + 4, 'text-anchor': 'end', 'font-size': 11}, p + '%'));
  });
  months.forEach((month, i) => {
    const x = left + 15 + i * 70;
    const share = month.percentOnTime === null ? 0 : Number(month.percentOnTime);
    const bar = svg('rect', {x: x, y: y(share), width: 40, height: plot - (y(share) - top), fill: '#1d70b8',
      class: 'cpc-mon-bar'});
    bar.appendChild(svg('title', {}, monthInWords(month.month) + ': ' + month.onTime + ' of ' + month.held
      + ' on time (' + percent(month.percentOnTime) + ')'));
    figure.appendChild(bar);
    figure.appendChild(svg('text', {x: x + 20, y: y(share) - 4, 'text-anchor': 'middle', 'font-size': 11},
      month.held === 0 ? 'none' : month.onTime + '/' + month.held));
    const [yy, mm] = month.month.split('-');
    figure.appendChild(svg('text', {x: x + 20, y: height - bottom + 16, 'text-anchor': 'middle',
      'font-size': 11}, MONTHS[Number(mm) - 1].slice(0, 3)));
    figure.appendChild(svg('text', {x: x + 20, y: height - bottom + 30, 'text-anchor': 'middle',
      'font-size': 11}, yy));
  });
  if (national !== null && national !== undefined) {
    figure.appendChild(svg('line', {x1: left, x2: width - 10, y1: y(national), y2: y(national),
      stroke: '#d4351c', 'stroke-dasharray': '6 4', 'stroke-width': 2}));
    figure.appendChild(svg('text', {x: width - 12, y: y(national) - 5, 'text-anchor': 'end', 'font-size': 11,
      fill: '#d4351c'}, 'England ' + national + '%'));
  }
  return figure;
}

function show(node, d, csv) {
  const results = node.querySelector('#cpc-mon-results');
  results.innerHTML = '';
  const icpc = d.timescales.find(t => t.overall.kind === 'ICPC_HELD');
  const m = icpc.overall;
  results.appendChild(el('p', {class: 'cpc-mon-period'}, 'From ' + longDate(d.from) + ' to ' + longDate(d.to)
    + '. Overdue and due soon are as at ' + longDate(d.today) + '.'));
  results.appendChild(el('div', {class: 'cpc-mon-headline', id: 'cpc-mon-icpc'},
    el('h2', {}, 'Initial conferences within 15 working days'),
    el('p', {class: 'cpc-mon-big'}, percent(m.percentOnTime)),
    el('p', {}, m.onTime + ' of ' + m.met + ' held on time; England ' + icpc.nationalPercentOnTime + '%.'),
    el('p', {}, 'Median ' + (d.medianWorkingDaysToInitialConference === null ? '(none held)'
      : d.medianWorkingDaysToInitialConference) + ' working days from the strategy discussion; England '
      + d.nationalMedianWorkingDays + '.')));
  results.appendChild(el('h2', {}, 'Initial conferences on time, by month'));
  results.appendChild(chart(d.initialConferencesByMonth, icpc.nationalPercentOnTime));
  results.appendChild(table('cpc-mon-months', 'Initial conferences by month', ['Month', 'Held',
    'Within 15 working days', '% on time'], d.initialConferencesByMonth.map(x => [monthInWords(x.month),
    x.held, x.onTime, percent(x.percentOnTime)]), csv('initial-conferences-by-month')));

  results.appendChild(el('h2', {}, 'Every timescale'));
  results.appendChild(table('cpc-mon-timescales', 'Timescales', ['Timescale', 'Met in the period', 'On time',
    'Late', '% on time', 'Outstanding and overdue'], d.timescales.map(t => [t.overall.description, t.overall.met,
    t.overall.onTime, t.overall.late, percent(t.overall.percentOnTime), t.overall.outstandingOverdue]),
  csv('timescales')));
  const late = [];
  d.timescales.forEach(t => t.overall.lateOnes.forEach(l => late.push([t.overall.description,
    caseLink(l.caseReference, '/cases/' + encodeURIComponent(l.caseReference)), l.childName, l.worker || '',
    longDate(l.due), longDate(l.met), l.workingDaysLate, l.delayReason || 'No reason recorded'])));
  results.appendChild(table('cpc-mon-late', 'Late ones and why', ['Timescale', 'Case', 'Child', 'Worker', 'Due',
    'Met', 'Working days late', 'Reason for the delay'], late, csv('late')));
  const groups = (pick, id, caption, word, name) => {
    const rows = [];
    d.timescales.forEach(t => t[pick].forEach(g => rows.push([t.overall.description, g.group || 'Not allocated',
      g.met, g.onTime, percent(g.percentOnTime)])));
    return table(id, caption, ['Timescale', word, 'Met in the period', 'On time', '% on time'], rows, csv(name));
  };
  results.appendChild(groups('byTeam', 'cpc-mon-by-team', 'By team', 'Team', 'by-team'));
  results.appendChild(groups('byWorker', 'cpc-mon-by-worker', 'By worker', 'Worker', 'by-worker'));

  const due = (rows, id, caption, name, overdue) => table(id, caption, ['Case', 'Child', 'Team', 'Worker',
    'Timescale', 'Due'].concat(overdue ? ['Working days overdue'] : []), rows.map(x => [caseLink(x.caseReference,
    x.casePage), x.childName, x.team || '', x.worker || '', x.description, longDate(x.due)]
    .concat(overdue ? [x.workingDaysOverdue] : [])), csv(name));
  results.appendChild(el('h2', {}, 'Across all cases'));
  results.appendChild(due(d.overdueNow, 'cpc-mon-overdue', 'Overdue now', 'overdue', true));
  results.appendChild(due(d.dueInNextFiveWorkingDays, 'cpc-mon-due-soon', 'Due in the next 5 working days',
    'due-soon', false));

  const a = d.amendmentRequests;
  results.appendChild(el('h2', {}, 'Parents\' requests to amend a conference record'));
  results.appendChild(el('p', {id: 'cpc-mon-amendments'}, a.received + ' received in the period; ' + a.answered
    + ' answered by the Chair (' + a.accepted + ' accepted, ' + a.refused + ' refused)'
    + (a.medianWorkingDaysToAnswer === null ? '.' : ', in a median of ' + a.medianWorkingDaysToAnswer
      + ' working days.')));
  results.appendChild(table('cpc-mon-amendments-waiting', 'Amendment requests waiting for an answer', ['Case',
    'Child', 'Received', 'Working days waiting'], a.stillWaiting.map(w => [caseLink(w.caseReference, w.casePage),
    w.childName, longDate(w.received), w.workingDaysWaiting]), csv('amendment-requests-waiting')));

  const p = d.plans;
  results.appendChild(el('h2', {}, 'Child protection plans'));
  results.appendChild(el('ul', {id: 'cpc-mon-plans'},
    el('li', {}, p.onPlanNow + ' children on a plan now.'),
    el('li', {}, p.started + ' plans started in the period; ' + p.secondOrSubsequent
      + ' of them a second or subsequent plan (' + percent(p.percentSecondOrSubsequent) + ').'),
    el('li', {}, p.ended + ' plans ended in the period; ' + p.lastedTwoYearsOrMore + ' had lasted two years or more ('
      + percent(p.percentLastedTwoYearsOrMore) + '; England ' + d.nationalPercentPlansLastingTwoYears + '%).')));
  results.appendChild(table('cpc-mon-categories', 'On a plan now, by category', ['Category', 'Children'],
    Object.entries(p.onPlanByCategory), null));
  results.appendChild(table('cpc-mon-endings', 'Plans ended, by reason', ['Reason', 'Plans'],
    Object.entries(p.endedByReason), null));

  results.appendChild(el('h2', {}, 'Caseloads'));
  results.appendChild(table('cpc-mon-caseload-workers', 'Caseload per social worker', ['Social worker',
    'Open cases', 'On a plan'], d.caseloadPerWorker.map(c => [c.name || 'Not allocated', c.openCases, c.onPlan]),
  csv('caseload-workers')));
  results.appendChild(table('cpc-mon-caseload-chairs', 'Caseload per Chair', ['Chair', 'Open cases',
    'On a plan'], d.caseloadPerChair.map(c => [c.name || 'Not allocated', c.openCases, c.onPlan]),
  csv('caseload-chairs')));
}

function problem(node, messages) {
  const box = node.querySelector('#cpc-mon-problem');
  box.innerHTML = '';
  if (messages.length === 0) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.appendChild(el('h2', {}, 'There is a problem'));
  box.appendChild(el('ul', {}, messages.map(message => el('li', {}, message))));
  box.focus();
}

async function load(node, from, to) {
  const query = '?from=' + from + '&to=' + to;
  const csv = name => '/api/monitoring/' + name + '.csv' + query;
  node.querySelector('#cpc-mon-results').textContent = 'Working out the figures…';
  let answer;
  try {
    answer = await fetch('/api/monitoring' + query, {credentials: 'same-origin',
      headers: {Accept: 'application/json'}});
  } catch (offline) {
    problem(node, ['The figures could not be fetched: the server did not answer. Try again in a moment.']);
    return;
  }
  if (answer.status === 403 || answer.status === 401) {
    node.querySelector('#cpc-mon-results').textContent = '';
    problem(node, ['Only service managers can see the monitoring figures. Ask your system administrator if you '
      + 'need them.']);
    return;
  }
  if (!answer.ok) {
    let words = 'The figures could not be worked out (' + answer.status + ').';
    try {
      const refusal = await answer.json();
      if (refusal.errorsInWords) {
        words = Object.values(refusal.errorsInWords).join(' ');
      }
    } catch (notJson) {
      // The status says enough.
    }
    node.querySelector('#cpc-mon-results').textContent = '';
    problem(node, [words]);
    return;
  }
  problem(node, []);
  show(node, await answer.json(), csv);
}

const STYLE = `
/* Cockpit's main area clips what overflows it: the page scrolls within it. */
.cpc-mon { position: absolute; top: 0; bottom: 0; left: 0; right: 0; overflow-y: auto; padding: 20px 30px; }
.cpc-mon > * { max-width: 1200px; }
.cpc-mon h1 { font-size: 26px; margin-top: 0; }
.cpc-mon h2 { font-size: 20px; margin-top: 28px; }
.cpc-mon-date { display: inline-block; margin-right: 24px; border: 0; padding: 0; }
.cpc-mon-date legend { font-size: 15px; font-weight: bold; border: 0; margin-bottom: 4px; }
.cpc-mon-date-item { display: inline-block; margin-right: 10px; }
.cpc-mon-date-item label { display: block; font-weight: normal; }
.cpc-mon-date-item input { padding: 4px; border: 2px solid #0b0c0c; }
.cpc-mon-actions { margin: 10px 0 16px; }
.cpc-mon-actions button { margin-right: 8px; }
#cpc-mon-problem { border: 4px solid #d4351c; padding: 12px 16px; margin: 12px 0; }
#cpc-mon-problem h2 { margin-top: 0; font-size: 18px; }
.cpc-mon-headline { border-left: 8px solid #1d70b8; padding: 4px 16px; }
.cpc-mon-big { font-size: 40px; font-weight: bold; margin: 0; }
.cpc-mon-table { margin-bottom: 12px; }
.cpc-mon-table caption { font-weight: bold; color: #0b0c0c; caption-side: top; }
.cpc-mon-csv { display: inline-block; margin-bottom: 8px; }
`;

function page(node) {
  const today = new Date();
  const year = censusYearOf(new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())));
  const last = {from: (Number(year.from.slice(0, 4)) - 1) + '-04-01', to: year.from.slice(0, 4) + '-03-31'};
  node.innerHTML = '';
  node.appendChild(el('style', {}, STYLE));
  const form = el('form', {id: 'cpc-mon-period', novalidate: ''},
    dateInput('from', 'First day of the period', year.from),
    dateInput('to', 'Last day of the period', year.to),
    el('div', {class: 'cpc-mon-actions'},
      el('button', {type: 'submit', class: 'btn btn-primary', id: 'cpc-mon-show'}, 'Show the figures'),
      el('button', {type: 'button', class: 'btn btn-default', id: 'cpc-mon-this-year'},
        'This census year'),
      el('button', {type: 'button', class: 'btn btn-default', id: 'cpc-mon-last-year'},
        'Last census year')));
  node.appendChild(el('div', {class: 'cpc-mon'},
    el('h1', {}, 'Monitoring: timescales, plans and caseloads'),
    el('p', {}, 'Statutory timescales met on time in a period, by team and by worker, beside the figures for '
      + 'England (DfE, Characteristics of children in need, year to 31 March 2025).'),
    el('p', {}, el('a', {id: 'cpc-mon-census', href: '/census'},
      'The Children in Need census return: checked against the DfE\'s rules, then downloaded')),
    el('div', {id: 'cpc-mon-problem', role: 'alert', tabindex: '-1', hidden: ''}),
    form,
    el('div', {id: 'cpc-mon-results', 'aria-live': 'polite'})));
  const set = (name, value) => {
    const [y, m, d] = value.split('-');
    node.querySelector('#' + name + '-day').value = String(Number(d));
    node.querySelector('#' + name + '-month').value = String(Number(m));
    node.querySelector('#' + name + '-year').value = y;
  };
  const submit = () => {
    const from = readDate(node, 'from', 'The first day of the period');
    const to = readDate(node, 'to', 'The last day of the period');
    const messages = [from.error, to.error].filter(Boolean);
    if (messages.length === 0 && to.value < from.value) {
      messages.push('The last day of the period must be on or after the first day');
    }
    if (messages.length > 0) {
      problem(node, messages);
      return;
    }
    load(node, from.value, to.value);
  };
  form.addEventListener('submit', event => {
    event.preventDefault();
    submit();
  });
  node.querySelector('#cpc-mon-this-year').addEventListener('click', () => {
    set('from', year.from);
    set('to', year.to);
    submit();
  });
  node.querySelector('#cpc-mon-last-year').addEventListener('click', () => {
    set('from', last.from);
    set('to', last.to);
    submit();
  });
  submit();
}

export default [
  {
    id: 'cpc.monitoring.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 20,
    properties: {
      pagePath: '#' + PATH,
      checkActive: path => path.indexOf('#' + PATH) > -1
    },
    render: node => {
      node.innerHTML = '';
      node.appendChild(el('a', {href: '#' + PATH, id: 'cpc-mon-nav'}, 'Monitoring'));
    }
  },
  {
    id: 'cpc.monitoring.route',
    pluginPoint: 'cockpit.route',
    properties: {
      path: PATH,
      label: 'Monitoring'
    },
    render: node => page(node)
  }
];
