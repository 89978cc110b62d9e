// After a person completes a task, Tasklist just closes it. This says what happens next and who has it: the case's
// open tasks, from GET /api/tasks/{id}/next (on the same sign-in), in a panel that stays until closed or until
// another task is opened. Opening another task also clears a refusal left over from the last one.
const PANEL = 'cpc-next-steps';

function element(tag, attributes, text) {
  const made = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => made.setAttribute(name, value));
  if (text) {
    made.textContent = text;
  }
  return made;
}

function close() {
  const open = document.getElementById(PANEL);
  if (open) {
    open.remove();
  }
}

function show(steps) {
  close();
  const panel = element('div', {id: PANEL, role: 'status', 'aria-live': 'polite', class: 'cpc-next-steps'});
  panel.appendChild(element('h2', {}, 'Done: ' + steps.done));
  panel.appendChild(element('p', {}, steps.childName + ', case ' + steps.caseReference + '.'));
  if (steps.next.length === 0) {
    panel.appendChild(element('p', {}, 'Nothing is waiting on this case now.'));
  } else {
    panel.appendChild(element('p', {}, 'What happens next, and who has it:'));
    const list = element('ul');
    steps.next.forEach(task => list.appendChild(element('li', {},
        task.name + ': ' + task.holder + (task.due ? ', due ' + task.due : '') + (task.overdue ? ' (overdue)' : ''))));
    panel.appendChild(list);
  }
  const casePage = element('a', {href: steps.casePage}, 'Open the case page');
  panel.appendChild(casePage);
  const dismiss = element('button', {type: 'button', class: 'btn btn-default'}, 'Close');
  dismiss.addEventListener('click', close);
  panel.appendChild(dismiss);
  document.body.appendChild(panel);
}

function completed(taskId) {
  fetch('/api/tasks/' + encodeURIComponent(taskId) + '/next', {credentials: 'same-origin'})
      .then(answer => answer.ok ? answer.json() : null)
      // A person quick to open the next task has moved on: the panel would only cover that task's buttons.
      .then(steps => steps && !movedOn(taskId) && show(steps))
      .catch(() => {});
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const done = String(method).toUpperCase() === 'POST' && /\/task\/([^/?]+)\/(submit-form|complete)(\?|$)/.exec(url);
  if (done) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        completed(decodeURIComponent(done[1]));
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

function openedTask() {
  const hash = window.location.hash;
  const question = hash.indexOf('?');
  return new URLSearchParams(question < 0 ? '' : hash.slice(question + 1)).get('task');
}

function movedOn(completedTask) {
  const now = openedTask();
  return Boolean(now) && now !== completedTask;
}

let shownTask = openedTask();
window.addEventListener('hashchange', () => {
  const now = openedTask();
  if (now !== shownTask && now) {
    close();
    // A refusal shown for the last task is about that task, not this one.
    document.querySelectorAll('.notifications-panel .alert .close, [notifications-panel] .alert .close')
        .forEach(button => button.click());
  }
  shownTask = now;
});

export default [];
