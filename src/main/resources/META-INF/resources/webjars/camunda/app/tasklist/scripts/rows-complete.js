// Tasklist 7.24 greys out Complete for good once a field in a form-js list row is edited: form-js 1.8 records a
// valid row field as an empty entry ({Field_what: {}}) in the form's errors, and Tasklist disables Complete while
// its errors have any key at all. This gives Complete back to a form with rows while no field shows an error and
// no submission is under way. Nothing is skipped by it: Complete validates the whole form again (form-js's own
// full check, which has no such empty entries) and the server checks every field as for any other form.
const SUBMIT = /\/task\/[^/?]+\/(submit-form|complete)(\?|$)/;
let submitting = 0;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && SUBMIT.test(url)) {
    submitting++;
    this.addEventListener('loadend', () => {
      submitting = Math.max(0, submitting - 1);
    });
  }
  return open.call(this, method, url, ...rest);
};

function mend() {
  const form = document.querySelector('.fjs-form');
  if (!form || submitting > 0 || !form.querySelector('.fjs-repeat-row-container')
      || form.querySelector('.fjs-form-field-error')) {
    return;
  }
  document.querySelectorAll('button[ng-click="complete()"][disabled]').forEach(button => {
    button.removeAttribute('disabled');
  });
}

new MutationObserver(mend).observe(document.documentElement, {
  subtree: true, childList: true, attributes: true, attributeFilter: ['disabled']
});

export default [];
