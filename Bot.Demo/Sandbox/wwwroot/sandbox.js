'use strict';
// The sandbox page: each column is one person's private chat with the bot, drawn from what the fake Telegram recorded
// (Server-Sent Events from api/events) the way Telegram's app draws it; typing, attaching and pressing go back through
// the api as that person's app would send them. Plain JavaScript, no build step, nothing fetched from elsewhere.

const chats = new Map();     // person key → Map(message id → message)
const people = new Map();    // person key → { key, name, part }
let commands = [];
let firmZone = 'Europe/Moscow';
let shown = [];

const board = document.getElementById('board');
const columnTemplate = document.getElementById('column-template');

async function call(path, options) {
  const response = await fetch('api/' + path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.error || response.statusText);
  }
  return body;
}

function post(path, body) {
  return call(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

function toast(text, alert) {
  const element = document.createElement('div');
  element.className = alert ? 'toast alert' : 'toast';
  element.textContent = text;
  element.addEventListener('click', () => element.remove());
  document.getElementById('toasts').append(element);
  setTimeout(() => element.remove(), alert ? 8000 : 3000);
}

function failed(error) {
  toast('Не получилось: ' + error.message, true);
}

// Telegram's formatting: entities over the text (UTF-16 offsets, as JavaScript strings count), properly nested.
function formatted(text, entitiesJson) {
  const fragment = document.createDocumentFragment();
  const entities = JSON.parse(entitiesJson || '[]').sort((a, b) => a.offset - b.offset || b.length - a.length);
  build(fragment, text, entities, 0, text.length);
  return fragment;
}

function build(parent, text, entities, start, end) {
  let position = start;
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i];
    if (entity.offset < position) {
      continue;
    }
    if (entity.offset >= end) {
      break;
    }
    if (entity.offset > position) {
      parent.append(text.slice(position, entity.offset));
    }
    const entityEnd = Math.min(entity.offset + entity.length, end);
    const inner = entities.slice(i + 1).filter(other => other.offset >= entity.offset && other.offset + other.length <= entityEnd);
    const element = entityElement(entity, text.slice(entity.offset, entityEnd));
    build(element, text, inner, entity.offset, entityEnd);
    parent.append(element);
    position = entityEnd;
  }
  if (position < end) {
    parent.append(text.slice(position, end));
  }
}

function entityElement(entity, covered) {
  const tags = { bold: 'b', italic: 'i', underline: 'u', strikethrough: 's', code: 'code', pre: 'pre', blockquote: 'blockquote', expandable_blockquote: 'blockquote' };
  if (tags[entity.type]) {
    return document.createElement(tags[entity.type]);
  }
  if (entity.type === 'text_link' || entity.type === 'url' || entity.type === 'email') {
    const link = document.createElement('a');
    link.href = entity.type === 'text_link' ? entity.url : entity.type === 'email' ? 'mailto:' + covered : covered;
    link.target = '_blank';
    link.rel = 'noopener';
    return link;
  }
  const span = document.createElement('span');
  if (entity.type === 'spoiler') {
    span.className = 'spoiler';
    span.addEventListener('click', () => span.classList.toggle('open'));
  } else if (entity.type === 'bot_command') {
    span.className = 'command';
    span.dataset.command = covered;
  }
  return span;
}

function sizeOf(bytes) {
  return bytes < 1024 ? bytes + ' Б' : bytes < 1048576 ? (bytes / 1024).toFixed(1) + ' КБ' : (bytes / 1048576).toFixed(1) + ' МБ';
}

function fileElement(message) {
  const url = 'api/files/' + encodeURIComponent(message.file.fileId);
  if (message.kind === 'Photo') {
    const link = document.createElement('a');
    link.href = url;
    link.target = '_blank';
    const image = document.createElement('img');
    image.src = url;
    image.alt = 'Фото';
    link.append(image);
    return link;
  }
  const link = document.createElement('a');
  link.className = 'document';
  link.href = url;
  link.download = message.file.fileName || 'file';
  const icon = document.createElement('span');
  icon.className = 'icon';
  icon.textContent = '⬇';
  const name = document.createElement('span');
  name.textContent = message.file.fileName || 'Файл';
  const size = document.createElement('small');
  size.textContent = sizeOf(message.file.size);
  name.append(size);
  link.append(icon, name);
  return link;
}

function keyboardElement(column, message) {
  const keyboard = document.createElement('div');
  keyboard.className = 'keyboard';
  for (const row of message.buttons) {
    const line = document.createElement('div');
    line.className = 'row';
    for (const button of row) {
      let element;
      if (button.callbackData !== null && button.callbackData !== undefined) {
        element = document.createElement('button');
        element.type = 'button';
        element.addEventListener('click', () => press(column, message, button, element));
      } else {
        element = document.createElement('a');
        element.href = button.url;
        element.target = '_blank';
        element.rel = 'noopener';
      }
      element.textContent = button.text;
      line.append(element);
    }
    keyboard.append(line);
  }
  return keyboard;
}

function messageElement(column, message, chat) {
  const element = document.createElement('div');
  element.className = message.fromBot ? 'message' : 'message mine';
  element.dataset.id = message.messageId;
  const bubble = document.createElement('div');
  bubble.className = 'bubble';
  if (message.replyToMessageId && chat.get(message.replyToMessageId)) {
    const quoted = chat.get(message.replyToMessageId);
    const quote = document.createElement('div');
    quote.className = 'quote';
    quote.textContent = quoted.text || quoted.caption || (quoted.file && quoted.file.fileName) || 'Файл';
    bubble.append(quote);
  }
  if (message.file) {
    bubble.append(fileElement(message));
  }
  const body = message.text ?? message.caption;
  if (body) {
    const text = document.createElement('div');
    text.className = 'text';
    text.append(formatted(body, message.text !== null ? message.textEntities : message.captionEntities));
    bubble.append(text);
  }
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = new Date(message.date).toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit', timeZone: firmZone }) + (message.editCount > 0 ? ' · изменено' : '');
  if (message.fromBot) {
    const reply = document.createElement('button');
    reply.type = 'button';
    reply.className = 'reply-to';
    reply.textContent = '↩ Ответить';
    reply.addEventListener('click', () => replyTo(column, message));
    meta.prepend(reply);
  }
  bubble.append(meta);
  element.append(bubble);
  if (message.buttons.length > 0) {
    element.append(keyboardElement(column, message));
  }
  return element;
}

function render(column) {
  const chat = chats.get(column.person) || new Map();
  const area = column.element.querySelector('.chat');
  const atBottom = area.scrollHeight - area.scrollTop - area.clientHeight < 40;
  area.replaceChildren();
  let album = null;
  for (const message of [...chat.values()].sort((a, b) => a.messageId - b.messageId)) {
    if (message.deleted) {
      continue;
    }
    const element = messageElement(column, message, chat);
    if (message.mediaGroupId && album && album.dataset.group === message.mediaGroupId) {
      album.querySelector('.album').append(element.querySelector('.bubble'));
      continue;
    }
    if (message.mediaGroupId) {
      element.dataset.group = message.mediaGroupId;
      const grid = document.createElement('div');
      grid.className = 'album';
      grid.append(element.querySelector('.bubble'));
      element.prepend(grid);
      album = element;
    } else {
      album = null;
    }
    area.append(element);
  }
  for (const command of area.querySelectorAll('.command')) {
    command.addEventListener('click', () => sendText(column, command.dataset.command));
  }
  if (atBottom || !column.rendered) {
    area.scrollTop = area.scrollHeight;
  }
  column.rendered = true;
}

async function press(column, message, button, element) {
  element.classList.add('pressed');
  try {
    const answer = await post('people/' + column.person + '/press', { messageId: message.messageId, data: button.callbackData });
    if (answer.text) {
      toast(answer.text, answer.showAlert);
    }
  } catch (error) {
    failed(error);
  } finally {
    element.classList.remove('pressed');
  }
}

function replyTo(column, message) {
  column.replyTo = message.messageId;
  const bar = column.element.querySelector('.replying');
  bar.querySelector('span').textContent = 'Ответ на: ' + (message.text || message.caption || 'файл').slice(0, 60);
  bar.hidden = false;
  column.element.querySelector('.entry').focus();
}

function clearReply(column) {
  column.replyTo = null;
  column.element.querySelector('.replying').hidden = true;
}

async function sendText(column, text) {
  try {
    await post('people/' + column.person + '/text', { text, replyTo: column.replyTo });
    clearReply(column);
  } catch (error) {
    failed(error);
  }
}

async function sendFiles(column, files) {
  const form = new FormData();
  for (const file of files) {
    form.append('files', file, file.name);
  }
  form.append('asPhoto', column.element.querySelector('.photo').checked ? 'true' : 'false');
  const caption = column.element.querySelector('.entry');
  form.append('caption', caption.value);
  try {
    await call('people/' + column.person + '/files', { method: 'POST', body: form });
    caption.value = '';
  } catch (error) {
    failed(error);
  }
}

function commandMenu(column) {
  const menu = column.element.querySelector('.command-menu');
  menu.replaceChildren();
  for (const command of commands) {
    const item = document.createElement('button');
    item.type = 'button';
    item.textContent = '/' + command.command;
    const description = document.createElement('small');
    description.textContent = command.description;
    item.append(description);
    item.addEventListener('click', () => {
      menu.hidden = true;
      sendText(column, '/' + command.command);
    });
    menu.append(item);
  }
  menu.hidden = !menu.hidden;
}

function makeColumn(person) {
  const element = columnTemplate.content.firstElementChild.cloneNode(true);
  const column = { element, person, replyTo: null, rendered: false };
  const select = element.querySelector('.person');
  for (const someone of people.values()) {
    const option = document.createElement('option');
    option.value = someone.key;
    option.textContent = someone.name;
    select.append(option);
  }
  const choose = key => {
    column.person = key;
    element.dataset.person = key;
    select.value = key;
    element.querySelector('.part').textContent = people.get(key).part;
    clearReply(column);
    column.rendered = false;
    render(column);
  };
  select.addEventListener('change', () => choose(select.value));
  element.querySelector('.composer').addEventListener('submit', event => {
    event.preventDefault();
    const input = element.querySelector('.entry');
    if (input.value.trim()) {
      sendText(column, input.value);
      input.value = '';
    }
  });
  element.querySelector('.files').addEventListener('change', event => {
    if (event.target.files.length > 0) {
      sendFiles(column, [...event.target.files]);
    }
    event.target.value = '';
  });
  element.querySelector('.cancel-reply').addEventListener('click', () => clearReply(column));
  element.querySelector('.commands').addEventListener('click', () => commandMenu(column));
  choose(person);
  return column;
}

let columns = [];

function layout(count) {
  const keys = [...columns.map(c => c.person), ...shown, ...people.keys()];
  const chosen = [...new Set(keys)].slice(0, count);
  columns = chosen.map(makeColumn);
  board.style.gridTemplateColumns = 'repeat(' + count + ', minmax(0, 1fr))';
  board.replaceChildren(...columns.map(c => c.element));
}

function showClock(clock) {
  firmZone = clock.timeZone;
  document.getElementById('clock-now').textContent = clock.shown;
  document.getElementById('clock-start').textContent = 'к ' + clock.workdayStart;
}

async function moveClock(move) {
  try {
    showClock(await post('clock', { move }));
  } catch (error) {
    failed(error);
  }
}

async function start() {
  const cast = await call('people');
  document.getElementById('firm').textContent = cast.firm;
  for (const person of cast.people) {
    people.set(person.key, person);
  }
  shown = cast.shown;
  commands = await call('commands');
  showClock(await call('clock'));
  const count = window.innerWidth < 900 ? 1 : 3;
  document.getElementById('columns').value = String(count);
  layout(count);
  document.getElementById('columns').addEventListener('change', event => layout(Number(event.target.value)));
  document.getElementById('clock-day').addEventListener('click', () => moveClock('next-working-day'));
  document.getElementById('clock-start').addEventListener('click', () => moveClock('workday-start'));

  const pending = new Set();
  const events = new EventSource('api/events');
  events.onmessage = event => {
    const { person, message } = JSON.parse(event.data);
    if (!chats.has(person)) {
      chats.set(person, new Map());
    }
    chats.get(person).set(message.messageId, message);
    pending.add(person);
    requestAnimationFrame(() => {
      for (const column of columns) {
        if (pending.has(column.person)) {
          render(column);
        }
      }
      pending.clear();
    });
  };
}

start().catch(failed);
