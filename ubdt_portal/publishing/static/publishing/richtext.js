/* A small formatting editor for rich-text fields in the admin. The textarea stays the source of
   truth: the editor writes its HTML back on every change and the server sanitises it on save.
   No inline script or style, so it runs under the portal's strict Content Security Policy. */
(function () {
  "use strict";
  var BUTTONS = [
    ["formatBlock", "<p>", "Đoạn văn"],
    ["formatBlock", "<h2>", "Tiêu đề"],
    ["formatBlock", "<h3>", "Tiêu đề nhỏ"],
    ["bold", null, "Đậm"],
    ["italic", null, "Nghiêng"],
    ["insertUnorderedList", null, "Danh sách"],
    ["insertOrderedList", null, "Danh sách số"],
    ["createLink", null, "Liên kết"],
    ["unlink", null, "Bỏ liên kết"],
    ["removeFormat", null, "Bỏ định dạng"]
  ];

  function setUp(textarea) {
    if (textarea.dataset.richtextReady) return;
    textarea.dataset.richtextReady = "1";
    var toolbar = document.createElement("div");
    toolbar.className = "richtext-toolbar";
    toolbar.setAttribute("role", "toolbar");
    var editor = document.createElement("div");
    editor.className = "richtext-editor";
    editor.contentEditable = "true";
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (label) editor.setAttribute("aria-label", label.textContent.replace(/:$/, ""));
    editor.innerHTML = textarea.value;

    BUTTONS.forEach(function (spec) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = spec[2];
      button.addEventListener("click", function () {
        editor.focus();
        var value = spec[1];
        if (spec[0] === "createLink") {
          value = window.prompt("Địa chỉ liên kết (https://…)");
          if (!value) return;
        }
        document.execCommand(spec[0], false, value);
        textarea.value = editor.innerHTML;
      });
      toolbar.appendChild(button);
    });
    var source = document.createElement("button");
    source.type = "button";
    source.textContent = "HTML";
    source.addEventListener("click", function () {
      var showingSource = textarea.classList.toggle("richtext-source");
      if (!showingSource) editor.innerHTML = textarea.value;
      editor.hidden = showingSource;
    });
    toolbar.appendChild(source);

    editor.addEventListener("input", function () { textarea.value = editor.innerHTML; });
    textarea.classList.add("richtext-hidden");
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(editor, textarea);
  }

  function init() {
    document.querySelectorAll("textarea.richtext").forEach(setUp);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  document.addEventListener("formset:added", init);
})();
