// The translation tabs of the admin (modeltranslation's) name each language ("Tiếng Anh"), not
// its code ("en"): the names come from the page (#language-tab-names, written by the server).
// Run as a jQuery ready handler registered after modeltranslation's, so after its tabs exist.
"use strict";
(function () {
  function nameTabs() {
    var data = document.getElementById("language-tab-names");
    if (!data) {
      return;
    }
    var names = JSON.parse(data.textContent);
    document.querySelectorAll(".ui-tabs-nav a").forEach(function (link) {
      var code = link.textContent.trim();
      if (Object.prototype.hasOwnProperty.call(names, code)) {
        link.textContent = names[code];
      }
    });
  }
  var jQuery = window.jQuery || (window.django && window.django.jQuery);
  if (jQuery) {
    jQuery(nameTabs);
  } else {
    window.addEventListener("load", nameTabs);
  }
})();
