// Tasklist lists tasks newest first ("created", descending) unless its address names another order, and writes
// that default into the address itself. A statutory inbox is worked by what falls due first: whenever the list
// shows with no order or that default, this puts "due date, earliest first" in its place, until the person picks
// an order in Tasklist's sorting menu; from then on the browser tab keeps theirs, newest first included.
const DUE_FIRST = [{sortBy: 'dueDate', sortOrder: 'asc'}];
const CHOSEN = 'cpc.tasklist.sortingChosen';

document.addEventListener('click', event => {
  if (event.target && event.target.closest && event.target.closest('[cam-sorting-choices]')) {
    window.sessionStorage.setItem(CHOSEN, 'yes');
  }
}, true);

function isDefault(sorting) {
  if (!sorting) {
    return true;
  }
  try {
    const parsed = JSON.parse(sorting);
    return parsed.length === 1 && parsed[0].sortBy === 'created' && parsed[0].sortOrder === 'desc';
  } catch (notJson) {
    return false;
  }
}

function dueFirst() {
  const hash = window.location.hash || '#/';
  const question = hash.indexOf('?');
  const path = question < 0 ? hash.slice(1) : hash.slice(1, question);
  if ((path !== '/' && path !== '') || window.sessionStorage.getItem(CHOSEN)) {
    return; // the sign-in page keeps its address; and the person's own choice stands
  }
  const params = new URLSearchParams(question < 0 ? '' : hash.slice(question + 1));
  if (!isDefault(params.get('sorting'))) {
    return;
  }
  params.set('sorting', JSON.stringify(DUE_FIRST));
  window.location.replace('#/?' + params.toString());
}

window.addEventListener('hashchange', dueFirst);
dueFirst();

export default [];
