// Draws report.json's data (inlined above) as swimlanes. Every text goes in through textContent,
// never as markup: program output and messages are the program's, and may hold '<'.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('interleave-report').textContent);
  // A pass's report (explore found no failure, but data races) has no failure, schedule or rows.
  const passed = data.verdict === 'pass';
  const failure = data.failure;
  // One row per run of a task between two switches (see docs/report-format.md); "steps" for short.
  const steps = passed ? [] : data.rows;

  const KINDS = {
    YIELD: 'gave way: Thread.yield or onSpinWait',
    PARK: 'parked: a lock, latch, queue, future or join',
    TIMED_PARK: 'slept or waited with a timeout, on the virtual clock',
    MONITOR: 'blocked entering synchronized',
    SYNC: 'stopped before a synchronization action',
    ACCESS: 'stopped before an access to a shared field or element',
    WAIT: 'waiting in Object.wait',
    EXIT: 'ended',
    STOPPED: 'the run stopped here: the failure'
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  // Frames of the JDK and of Interleave's own classes are dimmed, so the program's stand out.
  function isRuntimeFrame(frame) {
    return /^(java\.base\/|java\.|jdk\.|sun\.)/.test(frame) || /^dev\.interleave\.[A-Z]/.test(frame);
  }

  // A frame or source line that may wrap after a package's dot or slash and before its
  // "(File.java:42)", not in the middle of a name; its text is unchanged.
  function breakable(tag, className, text) {
    const node = el(tag, className);
    const paren = text.indexOf('(');
    const name = paren < 0 ? text : text.substring(0, paren);
    const parts = name.split(/(?<=[./$])/);
    if (paren >= 0) parts.push(text.substring(paren));
    parts.forEach(function (part, i) {
      if (i > 0) node.appendChild(document.createElement('wbr'));
      node.appendChild(document.createTextNode(part));
    });
    return node;
  }

  function frameList(frames) {
    const list = el('ol', 'frames');
    frames.forEach(function (frame) {
      list.appendChild(breakable('li', isRuntimeFrame(frame) ? 'frame runtime' : 'frame', frame));
    });
    return list;
  }

  // The tasks, main (id 0) first, in the order they were created.
  const taskNames = new Map();
  steps.forEach(function (s) {
    if (!taskNames.has(s.taskId)) taskNames.set(s.taskId, s.task);
  });
  const taskIds = Array.from(taskNames.keys()).sort(function (a, b) { return a - b; });

  function lastStepOf(task) {
    for (let i = steps.length - 1; i >= 0; i--) {
      if (steps[i].task === task) return steps[i];
    }
    return null;
  }

  // What each task's stack shows when clicked, and what it is.
  const stacks = new Map();
  (data.stacks || []).forEach(function (s) {
    if (s.frames.length > 0) stacks.set(s.task, { what: 'stack at the failure', frames: s.frames });
  });
  switch (passed ? 'none' : failure.kind) {
    case 'uncaught-exception':
      stacks.set(failure.task, {
        what: 'threw ' + failure.exception + (failure.message === null ? '' : ': ' + failure.message),
        frames: failure.frames
      });
      break;
    case 'deadlock':
      failure.blocked.forEach(function (b) {
        stacks.set(b.task, {
          what: 'waits for ' + b.waitsFor + (b.heldBy === null ? '' : ', held by ' + b.heldBy),
          frames: b.frames
        });
      });
      break;
    case 'exit':
      stacks.set(failure.task, { what: 'called System.exit(' + failure.status + ')', frames: failure.frames });
      break;
    case 'limit':
      stacks.set(failure.task, { what: failure.limit, frames: failure.frames });
      break;
    case 'pinned':
      stacks.set(failure.task, { what: 'blocked while pinned to its carrier', frames: failure.frames });
      break;
  }

  // The failing steps: where the run stopped; in a deadlock, where each blocked task stopped.
  const failing = new Set();
  steps.forEach(function (s) {
    if (s.kind === 'STOPPED') failing.add(s.index);
  });
  if (!passed && failure.kind === 'deadlock') {
    failure.blocked.forEach(function (b) {
      const last = lastStepOf(b.task);
      if (last) failing.add(last.index);
    });
  }
  if (failing.size === 0 && steps.length > 0) failing.add(steps[steps.length - 1].index);

  function simpleName(className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  function drawHeader() {
    document.title = 'FAILURE ' + simpleName(data.target) + ' \u2014 Interleave';
    byId('summary').appendChild(el('span', 'badge fail', 'FAILURE'));
    // A message of many lines (a linearizability test's) heads the page by its first; "What failed" has it whole.
    const firstLine = failure.summary.split('\n')[0];
    byId('summary').appendChild(document.createTextNode(' ' + firstLine
      + (firstLine.length < failure.summary.length ? ' \u2026' : '')));
    drawTarget();
    drawReplay();
    byId('copy').addEventListener('click', copyReplay);
  }

  // Longest class path shown whole; a longer one is folded to its first entry until asked for.
  const CLASS_PATH_SHOWN = 160;

  // The replay command, its class path folded when long (Copy always copies it whole).
  function drawReplay() {
    const code = byId('replay-command');
    const match = /(--cp|-cp|--class-path) (\S+)/.exec(data.replay);
    if (!match || match[2].length <= CLASS_PATH_SHOWN) {
      code.textContent = data.replay;
      return;
    }
    const entries = match[2].split(/[:;]/);
    const folded = data.replay.substring(0, match.index) + match[1] + ' ' + entries[0] + '\u2026('
      + (entries.length - 1) + ' more entries, ' + match[2].length + ' characters)'
      + data.replay.substring(match.index + match[0].length);
    code.textContent = folded;
    const toggle = el('button', 'fold', 'show class path');
    toggle.type = 'button';
    toggle.addEventListener('click', function () {
      const open = code.textContent !== data.replay;
      code.textContent = open ? data.replay : folded;
      toggle.textContent = open ? 'fold class path' : 'show class path';
    });
    code.parentNode.insertBefore(toggle, byId('copy'));
  }

  function copyReplay() {
    const button = byId('copy');
    const done = function () { button.textContent = 'Copied'; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(data.replay).then(done, selectReplay);
    } else {
      selectReplay();
    }
  }

  function selectReplay() {
    const range = document.createRange();
    range.selectNodeContents(byId('replay-command'));
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    byId('copy').textContent = 'Selected: Ctrl+C';
  }

  function fact(label, value, note) {
    const box = el('div', 'fact');
    box.appendChild(el('div', 'label', label));
    box.appendChild(el('div', 'value', value));
    if (note) box.appendChild(el('div', 'note', note));
    byId('facts').appendChild(box);
  }

  // Longest schedule token shown whole: a long one (thousands of decisions) would fill the page;
  // it is whole in schedule.txt, in the replay command and in the tooltip.
  const TOKEN_SHOWN = 64;

  function shortToken(token) {
    return token.length <= TOKEN_SHOWN ? token
      : token.substring(0, TOKEN_SHOWN) + '\u2026 (' + token.length + ' characters)';
  }

  function drawFacts() {
    const s = data.schedule;
    fact('Schedule', shortToken(s.token), s.decisions + ' decisions \u00b7 ' + taskIds.length + ' tasks \u00b7 ' + data.stepsInAll + ' steps');
    const found = data.found;
    const exploration = data.exploration;
    if (found) {
      fact('Shrunk', found.decisions + ' \u2192 ' + found.shrunkDecisions + ' decisions',
        found.delays + ' \u2192 ' + found.shrunkDelays + ' delays, in ' + found.shrinkRuns + ' runs');
      if (found.shrinkBudgetReached) {
        fact('Shrinking', 'stopped by its budget', 'a longer --shrink-time might shrink it further');
      }
    }
    if (exploration) {
      explorationFacts('Found', found ? 'schedule ' + (found.execution + 1) + ' of ' + exploration.schedulesRun
        : exploration.schedulesRun + ' schedules');
    } else {
      fact('Source', 'a replay', 'of the schedule as given');
    }
  }

  // How the exploration went (what it ran, with which strategy and seed, how long) and whether it exhausted its space.
  function explorationFacts(label, value) {
    const exploration = data.exploration;
    fact(label, value, exploration.strategy + ', seed ' + exploration.seed + ', '
      + (exploration.elapsedMillis / 1000).toFixed(2) + ' s');
    fact('Space', exploration.exhausted ? 'exhausted' : 'sampled',
      exploration.exhausted ? 'every schedule was run' : 'a sample, not a proof');
  }

  // What every page's header and footer say: the program, its mode, the report's format.
  function drawTarget() {
    byId('target').textContent = data.target + ' \u00b7 mode ' + data.mode;
    byId('format').textContent = data.format;
  }

  function drawFailure() {
    const box = byId('failure');
    box.classList.add('failure-' + failure.kind);
    box.appendChild(el('div', 'label', 'What failed'));
    if (failure.kind === 'deadlock') {
      const list = el('ul', 'blocked');
      failure.blocked.forEach(function (b) {
        const item = el('li');
        item.appendChild(el('strong', null, b.task));
        item.appendChild(document.createTextNode(' waits for ' + b.waitsFor));
        if (b.heldBy !== null) {
          item.appendChild(document.createTextNode(', held by '));
          item.appendChild(el('strong', null, b.heldBy));
        }
        list.appendChild(item);
      });
      box.appendChild(list);
      return;
    }
    const stack = stacks.get(failure.task);
    box.appendChild(el('div', 'failure-what', failure.task + ' ' + stack.what));
    box.appendChild(frameList(failure.frames));
  }

  // The data races: the two accesses no synchronization orders, with their stacks when recorded,
  // and (in a pass's report) the command that replays an execution that had the race.
  function drawRaces() {
    const races = data.dataRaces || [];
    if (races.length === 0) return;
    const box = byId('races');
    box.hidden = false;
    box.appendChild(el('div', 'label', races.length + (races.length === 1 ? ' data race' : ' data races')
      + ': accesses by two tasks, one a write, that no synchronization orders'));
    const list = el('ol', 'races');
    races.forEach(function (race) {
      const item = el('li', 'race');
      item.appendChild(el('strong', 'race-location', race.location));
      [[race.first, race.firstStack], [race.second, race.secondStack]].forEach(function (access) {
        const line = breakable('div', 'race-access', access[0]);
        item.appendChild(line);
        if (access[1] && access[1].length > 0) {
          const stack = el('details', 'race-stack');
          stack.appendChild(el('summary', null, 'stack'));
          stack.appendChild(frameList(access[1]));
          item.appendChild(stack);
        }
      });
      if (race.replay) {
        const seen = el('div', 'race-replay');
        seen.appendChild(document.createTextNode('seen in: '));
        seen.appendChild(el('code', null, race.replay));
        item.appendChild(seen);
      }
      list.appendChild(item);
    });
    box.appendChild(list);
  }

  // A pass's report: what ran, and its races; no interleaving to draw.
  function drawPass() {
    const races = data.dataRaces || [];
    document.title = 'PASS with data races ' + simpleName(data.target) + ' \u2014 Interleave';
    byId('kind').textContent = 'data race report';
    byId('summary').appendChild(el('span', 'badge pass', 'PASS'));
    byId('summary').appendChild(document.createTextNode(' no failure in ' + data.exploration.schedulesRun
      + ' schedules, ' + races.length + (races.length === 1 ? ' data race' : ' data races')));
    drawTarget();
    explorationFacts('Explored', data.exploration.schedulesRun + ' schedules');
    ['replay', 'failure', 'output'].forEach(function (id) { byId(id).hidden = true; });
    document.querySelector('.workspace').hidden = true;
    drawRaces();
  }

  // A linearizability test's scenario: each operation's result against those a sequential order allows.
  function drawScenario() {
    const scenario = data.scenario;
    if (!scenario) return;
    const box = byId('scenario');
    box.hidden = false;
    box.appendChild(el('div', 'label', 'Scenario (' + scenario.kind + ')'
      + (scenario.shrink ? ', ' + scenario.shrink.text : ', not shrunk')));
    if (scenario.operations.length > 0) {
      const table = el('table', 'results');
      const head = el('tr');
      ['thread', 'operation', 'result', 'a sequential order allows', 'ticks'].forEach(function (h) {
        head.appendChild(el('th', null, h));
      });
      table.appendChild(head);
      scenario.operations.forEach(function (op) {
        const row = el('tr', op.result !== null && op.allowed !== null && op.allowed.length > 0 ? 'wrong' : null);
        row.appendChild(el('td', null, op.thread));
        row.appendChild(el('td', null, op.call));
        row.appendChild(el('td', null, op.result === null ? 'did not complete' : op.result));
        row.appendChild(el('td', null, op.allowed === null || op.allowed.length === 0 ? '' : op.allowed.join(' or ')));
        row.appendChild(el('td', null, op.called + '\u2013' + (op.returned < 0 ? '' : op.returned)));
        table.appendChild(row);
      });
      box.appendChild(table);
    } else {
      const list = el('ul');
      scenario.lines.forEach(function (line) { list.appendChild(el('li', null, line)); });
      box.appendChild(list);
    }
    if (scenario.generated.join('\n') !== scenario.lines.join('\n')) {
      box.appendChild(el('div', 'label', 'As generated'));
      const list = el('ul', 'muted');
      scenario.generated.forEach(function (line) { list.appendChild(el('li', null, line)); });
      box.appendChild(list);
    }
    box.appendChild(el('div', 'muted', 'Replay key: ' + scenario.key));
  }

  const rows = new Map();
  let selected = null;

  // Hues far from the failure's red, main's blue first.
  const HUES = [214, 160, 270, 32, 190, 300, 95, 245, 135, 55];

  function hueOf(taskId) {
    return HUES[taskId % HUES.length];
  }

  // Most events a cell shows before folding the rest into "N more".
  const CELL_EVENTS = 4;

  function stepRange(s) {
    return s.index === s.lastIndex ? String(s.index) : s.index + '\u2013' + s.lastIndex;
  }

  function eventText(e) {
    return e.text + (e.count > 1 ? '  \u00d7' + e.count : '');
  }

  // One event as a line: what happened, and (small, breakable) the line of the code under test.
  function eventLine(tag, className, e, withLocation) {
    const line = el(tag, className);
    line.appendChild(el('span', 'event-text', eventText(e)));
    if (withLocation && e.location) line.appendChild(breakable('span', 'location', e.location));
    return line;
  }

  // A row's events in its lane: the first few, the rest folded; then what the task stopped before.
  function drawEvents(cell, s) {
    const list = el('ul', 'events');
    s.events.slice(0, CELL_EVENTS).forEach(function (e) { list.appendChild(eventLine('li', 'event kind-' + e.kind, e, false)); });
    cell.appendChild(list);
    if (s.events.length > CELL_EVENTS) {
      const more = el('details', 'more');
      more.appendChild(el('summary', null, (s.events.length - CELL_EVENTS) + ' more events'));
      const rest = el('ul', 'events');
      s.events.slice(CELL_EVENTS).forEach(function (e) { rest.appendChild(eventLine('li', 'event kind-' + e.kind, e, false)); });
      more.appendChild(rest);
      more.addEventListener('click', function (event) { event.stopPropagation(); });
      cell.appendChild(more);
    }
    if (s.spins > 0) cell.appendChild(el('div', 'spins', 'and yielded there ' + s.spins + ' more times while others ran'));
    if (s.before) cell.appendChild(el('div', 'before', 'switch before ' + s.before.text));
  }

  function drawLanes() {
    const inAll = data.stepsInAll;
    byId('trace-title').textContent = 'Interleaving: ' + inAll + ' steps in ' + steps.length + ' rows, ' + taskIds.length + ' tasks'
      + (data.stepsOmitted > 0 ? ' (' + data.stepsOmitted + ' steps in the middle omitted; see the step numbers)' : '');
    const table = byId('lanes');
    const head = el('thead');
    const headRow = el('tr');
    headRow.appendChild(el('th', 'index', '#'));
    taskIds.forEach(function (id) {
      const name = taskNames.get(id);
      const th = el('th', 'task');
      th.style.setProperty('--hue', hueOf(id));
      th.dataset.task = name;
      th.title = 'Show the stack of ' + name;
      th.appendChild(el('div', 'task-name', name));
      const count = steps.filter(function (s) { return s.taskId === id; }).length;
      th.appendChild(el('div', 'task-count', count + (count === 1 ? ' row' : ' rows')));
      th.addEventListener('click', function () { select(lastStepOf(name).index, true); });
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);

    const body = el('tbody');
    steps.forEach(function (s) {
      const row = el('tr', 'step');
      row.dataset.index = s.index;
      if (failing.has(s.index)) row.classList.add('failing');
      row.appendChild(el('td', 'index', stepRange(s)));
      taskIds.forEach(function (id) {
        const cell = el('td', 'lane');
        cell.style.setProperty('--hue', hueOf(id));
        if (id === s.taskId) {
          cell.className = 'lane op kind-' + s.kind;
          cell.title = KINDS[s.kind] || s.kind;
          drawEvents(cell, s);
          if (failing.has(s.index)) cell.appendChild(el('span', 'badge fail', s.kind === 'STOPPED' ? 'failure' : 'blocked'));
          if (s.location) cell.appendChild(breakable('div', 'location', s.location));
        }
        row.appendChild(cell);
      });
      row.addEventListener('click', function () { select(s.index, false); });
      rows.set(s.index, row);
      body.appendChild(row);
    });
    table.appendChild(body);
  }

  function select(index, scroll) {
    if (selected !== null) rows.get(selected).classList.remove('selected');
    selected = index;
    const row = rows.get(index);
    row.classList.add('selected');
    if (scroll) row.scrollIntoView({ block: 'nearest' });
    try {
      history.replaceState(null, '', '#step=' + index);
    } catch (e) {
      // Some browsers refuse history changes on file: pages; the link is a convenience.
    }
    drawPanel(steps.find(function (s) { return s.index === index; }));
  }

  function drawPanel(step) {
    const panel = byId('panel');
    panel.replaceChildren();
    panel.appendChild(el('div', 'label', (step.index === step.lastIndex ? 'Step ' : 'Steps ') + stepRange(step)));
    const title = el('h3');
    const name = el('span', 'task-chip', step.task);
    name.style.setProperty('--hue', hueOf(step.taskId));
    title.appendChild(name);
    panel.appendChild(title);
    panel.appendChild(el('p', 'kind', KINDS[step.kind] || step.kind));
    const list = el('ol', 'events');
    step.events.forEach(function (e) { list.appendChild(eventLine('li', 'event kind-' + e.kind, e, true)); });
    panel.appendChild(list);
    if (step.spins > 0) panel.appendChild(el('p', 'spins', 'then yielded there ' + step.spins + ' more times while others ran'));
    if (step.before) {
      panel.appendChild(eventLine('p', 'before', { text: 'switch before ' + step.before.text, location: step.before.location, count: 1 }, true));
    }

    const stack = stacks.get(step.task);
    panel.appendChild(el('div', 'label', 'Stack of ' + step.task + ' at the failure'));
    if (stack) {
      panel.appendChild(el('p', 'stack-what', stack.what));
      panel.appendChild(frameList(stack.frames));
    } else {
      const last = lastStepOf(step.task);
      panel.appendChild(el('p', 'muted', last && last.kind === 'EXIT'
        ? step.task + ' had ended (step ' + last.lastIndex + ') before the failure.'
        : 'No stack was recorded for ' + step.task + '.'));
    }
  }

  function drawOutput() {
    const lines = byId('output-lines');
    byId('output-title').textContent = 'Program output: ' + data.output.length + (data.output.length === 1 ? ' line' : ' lines');
    if (data.output.length === 0) {
      byId('output').appendChild(el('p', 'muted', 'The program printed nothing.'));
    }
    data.output.forEach(function (line) {
      lines.appendChild(el('li', null, line));
    });
  }

  document.addEventListener('keydown', function (event) {
    if (selected === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const position = steps.findIndex(function (s) { return s.index === selected; });
    let next = -1;
    if (event.key === 'ArrowDown' || event.key === 'j') next = Math.min(position + 1, steps.length - 1);
    if (event.key === 'ArrowUp' || event.key === 'k') next = Math.max(position - 1, 0);
    if (next >= 0) {
      event.preventDefault();
      select(steps[next].index, true);
    }
  });

  if (passed) {
    drawPass();
    document.body.dataset.rendered = 'true';
    return;
  }
  drawHeader();
  drawFacts();
  drawFailure();
  drawScenario();
  drawRaces();
  drawLanes();
  drawOutput();
  // report.html#step=N opens at step N, so a link can point at a step; else at the failure.
  const linked = /^#step=(\d+)$/.exec(window.location.hash);
  const linkedRow = linked ? steps.find(function (s) { return s.index <= Number(linked[1]) && Number(linked[1]) <= s.lastIndex; }) : null;
  if (linkedRow) {
    select(linkedRow.index, true);
  } else if (failing.size > 0) {
    select(Math.min.apply(null, Array.from(failing)), false);
  }
  document.body.dataset.rendered = 'true';
})();
