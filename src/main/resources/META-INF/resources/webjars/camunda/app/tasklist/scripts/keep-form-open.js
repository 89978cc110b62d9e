// Tasklist closes the open task when Escape is pressed anywhere on the page, so a person closing a drop-down or
// just pressing the key by mistake lost everything typed into the form. Escape inside a task form is kept for the
// form itself: the form's own fields still see the key; Tasklist's page-wide shortcut does not.
function insideTaskForm(element) {
  return element && element.closest && element.closest('.fjs-container, [cam-tasklist-form], .task-form') !== null;
}

function keepFormOpen(event) {
  if (event.key === 'Escape' && insideTaskForm(event.target)) {
    event.stopPropagation();
  }
}

// On the body, bubbling: after the field's own handlers, before Tasklist's shortcuts on the document.
if (document.body) {
  document.body.addEventListener('keydown', keepFormOpen);
} else {
  document.addEventListener('DOMContentLoaded', () => document.body.addEventListener('keydown', keepFormOpen));
}

export default [];
