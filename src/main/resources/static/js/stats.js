// Draws the statistics charts from the configuration each canvas carries in data-chart. The tables beside them
// hold the same figures, so a browser without JavaScript (or a screen reader) loses nothing.
(function () {
  'use strict';
  if (!window.Chart) {
    return;
  }
  Chart.defaults.font.family = 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif';
  Chart.defaults.font.size = 13;
  Chart.defaults.animation = false;
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    try {
      new Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
      canvas.setAttribute('data-drawn', 'true');
    } catch (e) {
      canvas.parentNode.hidden = true;
    }
  });
})();
