// A refused submission in Tasklist is a notification at the foot of the page. This also shows it the GOV.UK way:
// an error summary at the top of the form ("There is a problem", each problem a link to its field) and each
// message beside its field, which is marked. The server names each field in words (errorsInWords in the answer of
// RefusedSubmissionFilter); what was typed stays as it was.
const SUMMARY = 'cpc-error-summary';

function clearMarks() {
  document.querySelectorAll('.' + SUMMARY + ', .cpc-field-error').forEach(e => e.remove());
  document.querySelectorAll('.cpc-field-invalid').forEach(e => e.classList.remove('cpc-field-invalid'));
}

/** The form-js input of a field: its component id is Field_<key> (a date's first box: Field_<key>Day). */
function inputOf(key) {
  return document.querySelector('.fjs-form [id$="-Field_' + key + '"]')
      || document.querySelector('.fjs-form [id$="-Field_' + key + 'Day"]');
}

/** Where the message goes: above the field, or above a date's row of day, month and year boxes. */
function placeOf(key, input) {
  const isDate = !document.querySelector('.fjs-form [id$="-Field_' + key + '"]');
  const row = isDate ? input.closest('.fjs-layout-row') : null;
  return row || input.closest('.fjs-form-field') || input.parentElement;
}

function mark(errors) {
  clearMarks();
  const form = document.querySelector('.fjs-form');
  if (!form) {
    return;
  }
  const summary = document.createElement('div');
  summary.className = SUMMARY;
  summary.setAttribute('role', 'alert');
  summary.setAttribute('tabindex', '-1');
  const heading = document.createElement('h2');
  heading.textContent = 'There is a problem';
  summary.appendChild(heading);
  const list = document.createElement('ul');
  Object.entries(errors).forEach(([key, words]) => {
    const item = document.createElement('li');
    const input = inputOf(key);
    if (input) {
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = words;
      link.addEventListener('click', event => {
        event.preventDefault();
        input.focus();
      });
      item.appendChild(link);
      const place = placeOf(key, input);
      const beside = document.createElement('p');
      beside.className = 'cpc-field-error';
      beside.textContent = words;
      place.classList.add('cpc-field-invalid');
      if (place.classList.contains('fjs-layout-row')) {
        place.parentElement.insertBefore(beside, place);
      } else {
        place.insertBefore(beside, place.firstChild);
      }
    } else {
      item.textContent = words;
    }
    list.appendChild(item);
  });
  summary.appendChild(list);
  form.insertBefore(summary, form.firstChild);
  summary.focus();
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && /\/task\/[^/?]+\/(submit-form|complete)(\?|$)/.test(url)) {
    this.addEventListener('load', () => {
      if (this.status === 400) {
        try {
          const answer = JSON.parse(this.responseText);
          if (answer && answer.errorsInWords) {
            mark(answer.errorsInWords);
          }
        } catch (notJson) {
          // Not our refusal: Tasklist's own notification says what it is.
        }
      } else if (this.status >= 200 && this.status < 300) {
        clearMarks();
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

window.addEventListener('hashchange', clearMarks);

export default [];
