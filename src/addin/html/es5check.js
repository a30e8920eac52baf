/*
 * ZiPing: the old-webview check. Plain ES5 on purpose (tests/build parses it as ES5): it must run in the Internet
 * Explorer 11 webview (Trident) that volume-licensed Office 2019 and Office without WebView2 still use, where the
 * pane's bundle (ES2020, React 19, Fluent UI v9) cannot even be parsed and the pane would stay blank.
 * When the webview lacks what the bundle needs, it shows, in Chinese and English, what ZiPing needs instead.
 * Loaded before the bundle; it changes nothing on a webview that has everything.
 */
(function () {
  'use strict';

  /** What the bundle uses that Trident and other pre-2020 engines lack: each name is a built-in to look for. */
  function missingFeatures(w) {
    var missing = [];
    function need(name, present) {
      if (!present) missing.push(name);
    }
    need('Promise', typeof w.Promise === 'function');
    need('Promise.allSettled', typeof w.Promise === 'function' && typeof w.Promise.allSettled === 'function');
    need('Symbol', typeof w.Symbol === 'function');
    need('Map', typeof w.Map === 'function');
    need('WeakMap', typeof w.WeakMap === 'function');
    need('Proxy', typeof w.Proxy === 'function');
    need('Object.fromEntries', typeof w.Object.fromEntries === 'function');
    need('globalThis', typeof w.globalThis === 'object');
    need('String.prototype.matchAll', typeof w.String.prototype.matchAll === 'function');
    need('Array.prototype.flat', typeof w.Array.prototype.flat === 'function');
    return missing;
  }

  var TEXT = {
    zh: {
      title: 'ZiPing 绩效自评无法在此版本的 Office 中运行',
      body:
        '此 Office 使用的是旧的 Internet Explorer 网页控件，无法运行 ZiPing 的任务窗格。' +
        'ZiPing 需要 Microsoft 365 或 Office 2021 及更高版本（使用 Microsoft Edge WebView2）。' +
        'Office 2019 及更早版本已停止支持。',
      cli: '在此之前，可以用命令行检查工具检查自评表：',
      example: 'ziping check 自评表.xlsx',
      help: '使用帮助',
    },
    en: {
      title: 'ZiPing cannot run in this version of Office',
      body:
        'This Office uses the old Internet Explorer webview, which cannot run the ZiPing task pane. ' +
        'ZiPing needs Microsoft 365 or Office 2021 or later (with Microsoft Edge WebView2). ' +
        'Office 2019 and earlier are past the end of their support.',
      cli: 'Meanwhile, forms can be checked with the command-line checker:',
      example: 'ziping check form.xlsx',
      help: 'Help',
    },
  };

  function element(doc, tag, text, lang) {
    var el = doc.createElement(tag);
    if (text) el.appendChild(doc.createTextNode(text));
    if (lang) el.setAttribute('lang', lang);
    return el;
  }

  function section(doc, t, lang) {
    var box = element(doc, 'section', '', lang);
    box.style.marginBottom = '16px';
    box.appendChild(element(doc, 'h1', t.title));
    box.appendChild(element(doc, 'p', t.body));
    box.appendChild(element(doc, 'p', t.cli));
    var code = element(doc, 'code', t.example);
    box.appendChild(code);
    var p = element(doc, 'p', '');
    var link = element(doc, 'a', t.help);
    link.setAttribute('href', 'help.html#cli');
    link.setAttribute('target', '_blank');
    p.appendChild(link);
    box.appendChild(p);
    return box;
  }

  /** Replaces the page's content with the message (once). */
  function showMessage(doc) {
    if (doc.getElementById('ziping-old-webview')) return;
    var root = doc.getElementById('root');
    if (root) root.style.display = 'none';
    var box = element(doc, 'div', '');
    box.setAttribute('id', 'ziping-old-webview');
    box.setAttribute('role', 'alert');
    box.style.fontFamily = "'Microsoft YaHei', 'Segoe UI', sans-serif";
    box.style.fontSize = '14px';
    box.style.padding = '12px';
    box.appendChild(section(doc, TEXT.zh, 'zh-CN'));
    box.appendChild(section(doc, TEXT.en, 'en'));
    doc.body.appendChild(box);
  }

  function whenBodyReady(doc, run) {
    if (doc.body) run();
    else doc.addEventListener('DOMContentLoaded', run);
  }

  var w = window;
  var doc = w.document;
  var trident = w.navigator.userAgent.indexOf('Trident/') !== -1;
  var missing = missingFeatures(w);
  w.ziPingOldWebview = { trident: trident, missing: missing };
  if (trident || missing.length > 0) {
    whenBodyReady(doc, function () {
      showMessage(doc);
    });
    return;
  }
  // An engine that has the built-ins but not the syntax (ES2020's ?. and ??) fails parsing the bundle: a SyntaxError
  // before the pane has drawn anything means the same thing.
  w.addEventListener('error', function (event) {
    var root = doc.getElementById('root');
    var drawn = root && root.childNodes.length > 0;
    if (!drawn && event && event.error && event.error.name === 'SyntaxError') {
      w.ziPingOldWebview.syntaxError = String(event.message);
      whenBodyReady(doc, function () {
        showMessage(doc);
      });
    }
  });
})();
