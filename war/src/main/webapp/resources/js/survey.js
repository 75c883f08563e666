/* The respondent form's few scripts: focus after a page change, and focus kept through ajax updates. */
var JoySurvey = {
  /**
   * After Next, Back or Change: the first answer with a problem gets the focus; otherwise the new
   * page's heading does, so that keyboard and screen-reader users start at the top of the page.
   */
  pageShown: function () {
    var invalid = document.querySelector('.has-error input:not([disabled]), .has-error textarea');
    if (invalid) {
      invalid.focus();
      return;
    }
    var heading = document.getElementById('page-title');
    if (heading) {
      window.scrollTo(0, 0);
      heading.focus();
    }
  }
};

/*
 * A tick on a ranked item re-renders the item (its ranks change) and an answer that controls other
 * items re-renders them: the element that had the focus is then a new one with the same id, and
 * gets the focus back instead of leaving the keyboard user at the top of the page.
 */
(function () {
  if (!window.jQuery) {
    return;
  }
  var focusedId = null;
  jQuery(document).on('pfAjaxSend', function () {
    focusedId = document.activeElement ? document.activeElement.id : null;
  });
  jQuery(document).on('pfAjaxComplete', function () {
    var lost = !document.activeElement || document.activeElement === document.body;
    if (focusedId && lost) {
      var element = document.getElementById(focusedId);
      if (element) {
        element.focus();
      }
    }
  });
})();

/*
 * A button with data-copy-from copies the text of the element it names. One listener on the
 * document, so that a button re-rendered by ajax needs no handler of its own, and no inline onclick
 * (the page's Content-Security-Policy runs no inline handler).
 */
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('button[data-copy-from]') : null;
  if (button) {
    JoySurvey.copy(button.getAttribute('data-copy-from'), button);
  }
});

/** The "Copy" button next to the resume code; says "Copied" where the clipboard is available. */
JoySurvey.copy = function (sourceId, button) {
  var text = document.getElementById(sourceId).textContent.trim();
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).then(function () {
      button.textContent = 'Copied';
    }, function () {
      button.textContent = 'Select and copy the code';
    });
  } else {
    button.textContent = 'Select and copy the code';
  }
};
