// Inbox helpers. Everything works without them: the canned reply is also applied by the server.
(function () {
  'use strict';
  document.querySelectorAll('.canned-picker').forEach(function (select) {
    select.addEventListener('change', function () {
      var option = select.options[select.selectedIndex];
      var text = select.form.querySelector('textarea[name=text]');
      if (option && option.getAttribute('data-body') && text && !text.value.trim()) {
        text.value = option.getAttribute('data-body');
      }
    });
  });
})();
(function () {
  'use strict';
  document.querySelectorAll('.print-button').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
