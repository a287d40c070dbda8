// Web chat helpers: keep the newest message in view, send a photo as soon as it is chosen,
// and read the device's location for the location buttons. Everything also works as plain forms.
(function () {
  'use strict';
  var end = document.getElementById('end');
  if (end) { end.scrollIntoView({block: 'end'}); }

  var photoInput = document.getElementById('photo-input');
  if (photoInput) {
    photoInput.addEventListener('change', function () {
      if (photoInput.files && photoInput.files.length > 0) {
        document.getElementById('photo-form').submit();
      }
    });
  }

  var locationForm = document.getElementById('location-form');
  document.querySelectorAll('.share-location').forEach(function (button) {
    button.addEventListener('click', function () {
      var denied = button.getAttribute('data-denied');
      if (!navigator.geolocation || !locationForm) { alert(denied); return; }
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        locationForm.elements.latitude.value = position.coords.latitude;
        locationForm.elements.longitude.value = position.coords.longitude;
        locationForm.submit();
      }, function () {
        button.disabled = false;
        alert(denied);
      }, {enableHighAccuracy: true, timeout: 15000});
    });
  });

  // A second tap while the first is on its way would only send the same thing twice.
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    });
  });
})();
