(function () {
  try {
    var stored = localStorage.getItem('mentorkit-theme');
    if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;
  } catch (e) {}
})();
