// A small code editor for relgraph's copy of the Cayley web console. The console expects
// the Monaco editor, which it would load from a CDN; this one defines the part of Monaco's
// API the console calls, on a plain <textarea>, so the console works offline.
(function () {
  "use strict";
  var KeyMod = { CtrlCmd: 2048, Shift: 1024, Alt: 512, WinCtrl: 256 };
  var KeyCode = { Enter: 3 };
  function noop() {}
  function disposable() { return { dispose: noop }; }

  function createModel(value) {
    var listeners = [];
    return {
      value: value || "",
      getValue: function () { return this.value; },
      setValue: function (v) { this.value = v; listeners.forEach(function (f) { f({}); }); },
      getFullModelRange: function () { return {}; },
      onDidChangeContent: function (f) { listeners.push(f); return disposable(); },
      dispose: noop,
    };
  }

  function create(container, options) {
    options = options || {};
    var area = document.createElement("textarea");
    area.className = "relgraph-editor";
    area.spellcheck = false;
    area.setAttribute("aria-label", "Gizmo query");
    area.value = options.value || "";
    area.readOnly = !!options.readOnly;
    area.style.cssText = "width:100%;height:100%;min-height:12em;box-sizing:border-box;border:0;" +
      "padding:12px;resize:none;outline:none;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;" +
      "background:#fbfbfa;color:#1d1d1f;tab-size:2";
    container.appendChild(area);
    var actions = [];
    var changed = [];
    var model = createModel(area.value);
    area.addEventListener("input", function () {
      model.value = area.value;
      changed.forEach(function (f) { f({}); });
    });
    area.addEventListener("keydown", function (e) {
      if (e.key === "Tab") {
        e.preventDefault();
        var s = area.selectionStart;
        area.value = area.value.slice(0, s) + "  " + area.value.slice(area.selectionEnd);
        area.selectionStart = area.selectionEnd = s + 2;
        model.value = area.value;
        return;
      }
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        actions.forEach(function (a) { a.run(editor); });
      }
    });
    var editor = {
      getValue: function () { return area.value; },
      setValue: function (v) { area.value = v; model.value = v; changed.forEach(function (f) { f({}); }); },
      getModel: function () { return model; },
      setModel: noop,
      // The console replaces the whole text with one edit.
      executeEdits: function (source, edits) {
        (edits || []).forEach(function (e) { editor.setValue(e.text); });
        return true;
      },
      pushUndoStop: noop,
      getOption: function () { return undefined; },
      addAction: function (a) { actions.push(a); return disposable(); },
      addCommand: noop,
      onDidChangeModelContent: function (f) { changed.push(f); return disposable(); },
      updateOptions: function (o) { if (o && "readOnly" in o) { area.readOnly = !!o.readOnly; } },
      setScrollPosition: noop,
      layout: noop,
      focus: function () { area.focus(); },
      dispose: function () { if (area.parentNode) { area.parentNode.removeChild(area); } },
    };
    return editor;
  }

  window.monaco = {
    KeyMod: KeyMod,
    KeyCode: KeyCode,
    editor: {
      create: create,
      createModel: createModel,
      createDiffEditor: function (container, options) { return create(container, options); },
      defineTheme: noop,
      setTheme: noop,
      setModelLanguage: noop,
    },
    languages: {
      typescript: {
        ScriptTarget: { ES5: 1, ES2015: 2 },
        javascriptDefaults: { setCompilerOptions: noop, addExtraLib: disposable },
      },
    },
  };
})();
