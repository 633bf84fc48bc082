// Draws the home dashboard's charts from its JSON figures. The page's tables hold the same figures,
// so nothing is lost without script or for screen readers (the chart containers are aria-hidden).
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  function bar(elementId, items, seriesName) {
    var element = document.getElementById(elementId);
    if (!element || !items || items.length === 0) {
      return;
    }
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: items.map(function (i) { return i.name; }) },
      series: [{ name: seriesName, type: 'bar', data: items.map(function (i) { return i.count; }) }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  fetch(root.getAttribute('data-source'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (figures) {
      var label = root.getAttribute('data-label-count');
      bar('chart-category', figures.subjectsByCategory, label);
      bar('chart-county', figures.subjectsByCounty, label);
    })
    .catch(function () {
      // the tables below the charts still show every figure
    });
})();
