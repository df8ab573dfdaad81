// Suggestions for input[data-suggest]: an ARIA 1.2 combobox (docs/search.md). Under 3 KB.
document.querySelectorAll('input[data-suggest]').forEach((input, n) => {
  const d = input.dataset, kinds = `${d.suggestKinds}`.split('|'), id = `suggest-${n}`;
  const list = document.createElement('ul'), status = document.createElement('p');
  const set = (el, k, v) => el.setAttribute(k, v);
  let items = [], active = -1, timer, ctrl;
  Object.assign(list, { id, className: 'suggest-list', hidden: true });
  set(list, 'role', 'listbox');
  set(list, 'aria-label', input.labels[0]?.textContent);
  set(status, 'role', 'status');
  status.className = 'visually-hidden';
  input.parentElement.classList.add('suggest-host');
  input.after(list, status);
  for (const [k, v] of [['role', 'combobox'], ['aria-autocomplete', 'list'], ['aria-expanded', 'false'], ['aria-controls', id], ['autocomplete', 'off']]) set(input, k, v);
  const show = (i) => {
    active = i;
    [...list.children].forEach((li, j) => set(li, 'aria-selected', String(j === i)));
    if (i < 0) return input.removeAttribute('aria-activedescendant');
    set(input, 'aria-activedescendant', `${id}-${i}`);
    list.children[i].scrollIntoView({ block: 'nearest' });
  };
  const open = (yes) => {
    list.hidden = !yes;
    set(input, 'aria-expanded', String(yes));
    show(-1);
  };
  const render = (found) => {
    items = found;
    list.replaceChildren(...found.map((s, i) => {
      const li = document.createElement('li'), kind = kinds[['citation', 'topic', 'title'].indexOf(s.kind)];
      li.id = `${id}-${i}`;
      if (s.lang) li.lang = s.lang;
      set(li, 'role', 'option');
      if (kind) li.append(Object.assign(document.createElement('span'), { className: 'suggest-kind', textContent: `${kind}: ` }));
      li.append(s.label);
      li.onmousedown = (e) => e.preventDefault();
      li.onclick = () => location.assign(s.href);
      return li;
    }));
    status.textContent = found.length ? (d.suggestCount || '#').replace('#', found.length) : '';
    open(found.length > 0);
  };
  input.oninput = () => {
    clearTimeout(timer);
    ctrl?.abort();
    const q = input.value.trim();
    if (q.length < 2) return render([]);
    timer = setTimeout(async () => {
      ctrl = new AbortController();
      try {
        const res = await fetch(`${d.suggest}?q=${encodeURIComponent(q)}`, { signal: ctrl.signal });
        if (res.ok) render((await res.json()).suggestions);
      } catch {}
    }, 120);
  };
  input.onkeydown = (e) => {
    const shown = !list.hidden, k = e.key, down = k === 'ArrowDown';
    if ((down || k === 'ArrowUp') && items.length) {
      e.preventDefault();
      if (!shown) open(true);
      const next = active + (down ? 1 : -1);
      show(next < 0 ? items.length - 1 : next % items.length);
    } else if (k === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      location.assign(items[active].href);
    } else if (k === 'Escape' && shown) {
      e.preventDefault();
      open(false);
    }
  };
  input.onblur = () => open(false);
});
