// The Brass web client: an xterm.js terminal for what the game writes, a local input line with
// history for what the player types, and a WebSocket between them (see docs/PROTOCOLS.md).
(function () {
  'use strict';

  var HISTORY_SIZE = 200;
  var RETRY_FIRST = 1000;
  var RETRY_MOST = 30000;
  var NORMAL_CLOSURE = 1000;

  var input = document.getElementById('line');
  var entry = document.getElementById('entry');
  var status = document.getElementById('status');
  var keys = document.getElementById('keys');
  var narrow = window.matchMedia('(max-width: 600px)');

  var term = new Terminal({
    fontFamily: '"DejaVu Sans Mono", Menlo, Consolas, monospace',
    fontSize: narrow.matches ? 12 : 15,
    scrollback: 5000,
    disableStdin: true,
    cursorBlink: false,
    theme: { background: '#101010', foreground: '#d0d0d0' }
  });
  var fit = new FitAddon.FitAddon();
  term.loadAddon(fit);
  term.open(document.getElementById('terminal'));
  fit.fit();

  var socket = null;
  var retryDelay = RETRY_FIRST;
  var retryTimer = null;
  var waitingForEnter = false;
  var hidden = false;      // a password is being typed: no echo, no history
  var screen = false;      // the game draws full-screen: each key goes to it as pressed
  var history = [];
  var browsing = -1;       // where up/down is in the history; -1: the line being typed
  var draft = '';

  function showStatus(text, connected) {
    status.textContent = text;
    status.className = connected ? 'connected' : '';
  }

  function note(text) {
    term.write('\r\n\x1b[2m[' + text + ']\x1b[0m\r\n');
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  function sendSize() {
    send({ size: [term.cols, term.rows] });
  }

  function setHidden(on) {
    hidden = on;
    input.type = on ? 'password' : 'text';
    input.value = '';
  }

  function setScreen(on) {
    screen = on;
    keys.hidden = !on;
    input.placeholder = on ? 'Keys go straight to the game' : 'Type here and press Enter';
    input.value = '';
  }

  function connect() {
    retryTimer = null;
    waitingForEnter = false;
    showStatus('connecting', false);
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
    var ws = new WebSocket(url);
    socket = ws;
    ws.onopen = function () {
      retryDelay = RETRY_FIRST;
      showStatus('connected', true);
      sendSize();
    };
    ws.onmessage = function (event) {
      var m = JSON.parse(event.data);
      if (typeof m.text === 'string') {
        term.write(m.text);
      } else if (typeof m.echo === 'boolean') {
        setHidden(!m.echo);
      } else if (typeof m.screen === 'boolean') {
        setScreen(m.screen);
      }
    };
    ws.onclose = function (event) {
      if (socket !== ws) {
        return;
      }
      socket = null;
      setHidden(false);
      setScreen(false);
      if (term.buffer.active.type === 'alternate') {
        term.write('\x1b[?25h\x1b[?1049l'); // leave a full-screen view the connection took with it
      }
      if (event.code === NORMAL_CLOSURE) {
        // The game ended it (quit, idle, sent away): connecting again is the player's choice.
        waitingForEnter = true;
        showStatus('disconnected', false);
        note('Disconnected. Press Enter to connect again.');
        return;
      }
      var seconds = Math.round(retryDelay / 1000);
      showStatus('reconnecting', false);
      note('Connection lost. Reconnecting in ' + seconds + ' s.');
      retryTimer = setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, RETRY_MOST);
    };
  }

  function printable(text) {
    return text.replace(/[\x00-\x1f\x7f-\x9f]/g, '');
  }

  function submit(line) {
    if (waitingForEnter || (socket === null && retryTimer !== null)) {
      if (retryTimer !== null) {
        clearTimeout(retryTimer);
      }
      connect();
      return;
    }
    if (!send({ line: line })) {
      return;
    }
    if (hidden) {
      return; // the game ends a hidden line itself
    }
    term.write(printable(line) + '\r\n');
    if (line !== '' && history[history.length - 1] !== line) {
      history.push(line);
      if (history.length > HISTORY_SIZE) {
        history.shift();
      }
    }
  }

  function browse(step) {
    if (history.length === 0 || hidden) {
      return;
    }
    if (browsing === -1) {
      if (step > 0) {
        return;
      }
      draft = input.value;
      browsing = history.length;
    }
    browsing += step;
    if (browsing < 0) {
      browsing = 0;
    }
    if (browsing >= history.length) {
      browsing = -1;
      input.value = draft;
    } else {
      input.value = history[browsing];
    }
    var end = input.value.length;
    input.setSelectionRange(end, end);
  }

  entry.addEventListener('submit', function (event) {
    event.preventDefault();
    if (screen) {
      send({ line: '' });
      return;
    }
    var line = input.value;
    input.value = '';
    browsing = -1;
    draft = '';
    submit(line);
  });

  input.addEventListener('keydown', function (event) {
    if (screen) {
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        send({ line: event.key });
      }
      return;
    }
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      browse(-1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      browse(1);
    }
  });

  // Phones' keyboards often send no key names: take what they typed from the field instead.
  input.addEventListener('input', function () {
    if (screen && input.value !== '') {
      Array.from(input.value).forEach(function (key) {
        send({ line: key });
      });
      input.value = '';
    }
  });

  keys.addEventListener('click', function (event) {
    var key = event.target.getAttribute('data-key');
    if (key) {
      send({ line: key });
      input.focus();
    }
  });

  // Clicking the output puts the cursor back in the input line, unless the player is selecting text.
  document.getElementById('terminal').addEventListener('mouseup', function () {
    if (!term.hasSelection()) {
      input.focus();
    }
  });

  term.onResize(sendSize);
  window.addEventListener('resize', function () {
    term.setOption('fontSize', narrow.matches ? 12 : 15);
    fit.fit();
  });

  // For scripts and tests: what the terminal shows, one line per row, trailing spaces cut.
  window.brass = {
    terminal: term,
    text: function () {
      var buffer = term.buffer.active;
      var rows = [];
      for (var i = 0; i < buffer.length; i++) {
        rows.push(buffer.getLine(i).translateToString(true));
      }
      return rows.join('\n');
    },
    connected: function () {
      return socket !== null && socket.readyState === WebSocket.OPEN;
    }
  };

  input.focus();
  connect();
}());
