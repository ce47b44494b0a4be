// The page of `mabs-advisor serve`: the fleet, a host's reports, the explain box and uploads.
// Plain JavaScript under a strict Content-Security-Policy: no inline code, no inline style, and
// every value that comes from the API goes into the page as text, never as HTML.
'use strict';

(function () {
  const API = '/api/v1';
  const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
  const TOKEN_KEY = 'mabs-advisor.token';
  const LANG_KEY = 'mabs-advisor.lang';

  const STRINGS = {
    en: {
      skip: 'Skip to content',
      navLabel: 'Views',
      navFleet: 'Fleet',
      navExplain: 'Explain an error',
      language: 'Language',
      tokenTitle: 'This server needs its token',
      tokenLabel: 'Token',
      tokenSubmit: 'Use this token',
      tokenRejected: 'The server refused this token: give the right one.',
      fleetTitle: 'Fleet',
      uploadTitle: 'Add a report',
      uploadHint: "Drop a collector's bundle (.zip) or a facts file (.json, .ndjson) here, or choose one.",
      uploadChoose: 'Or choose a file:',
      uploadSending: 'Sending {file}…',
      uploadDone: '{file}: {host} analysed, {count} finding(s).',
      uploadBatch: '{file}: {count} host(s) analysed:',
      uploadRefused: '{file} was refused ({status}): {error}',
      uploadWrongType: '{file}: only .zip, .json and .ndjson files can be sent.',
      uploadFailed: '{file} could not be sent: {error}',
      filtersTitle: 'Filters',
      filterSeverity: 'Worst severity at least',
      filterRule: 'Has a finding of rule',
      filterAge: 'Last report',
      any: 'any',
      'age-within-1d': 'within a day',
      'age-within-7d': 'within 7 days',
      'age-older-1d': 'more than a day ago',
      'age-older-7d': 'more than 7 days ago',
      'age-silent': 'stopped reporting',
      colHost: 'Host',
      colSeverity: 'Worst severity',
      colFindings: 'Findings',
      colNew: 'New',
      colResolved: 'Resolved',
      colReceived: 'Last report',
      colAge: 'Age',
      fleetCaption: '{shown} of {total} host(s). A host is marked as stopped reporting after {hours} h without a report.',
      fleetNone: 'No host has reported yet: upload a bundle or point a collector at this server.',
      fleetNoMatch: 'No host matches these filters.',
      silent: 'stopped reporting',
      noFinding: 'no finding',
      sortAscending: 'sorted ascending',
      sortDescending: 'sorted descending',
      loading: 'Loading…',
      loadFailed: 'Could not load {what}: {error}',
      backToFleet: 'Back to the fleet',
      hostSummary: 'Latest report received {received} ({age}), collected {collected}; {count} finding(s).',
      unknown: 'unknown',
      latestTitle: 'Latest report',
      causesTitle: 'Root causes',
      causeExplains: 'Explains the findings {ids}.',
      collectionTitle: 'What the collector could not read',
      collectionUnknown: 'Left unknown: {facts}',
      noFindings: 'No finding: every rule that could run found nothing wrong.',
      notChecked: '{count} rule(s) could not run because facts were not collected.',
      certainty: 'Certainty',
      'cert-confirmed': 'confirmed (an error and the state agree)',
      'cert-risk': 'risk (the state alone)',
      'cert-reported': 'reported (the error alone)',
      evidence: 'Evidence',
      actions: 'What to do',
      oneOf: 'One of these is enough:',
      reference: 'Microsoft documentation',
      badgeNew: 'new',
      changesTitle: 'Changes since the previous analysis',
      changesFirst: 'This is the first analysis of this host: there is nothing to compare it with.',
      changesNone: 'Nothing changed: the same findings as the previous analysis.',
      newFindings: 'New findings',
      resolvedFindings: 'Resolved findings',
      historyTitle: 'History',
      colAnalysis: 'Analysis',
      colCollected: 'Collected',
      colReports: 'Reports',
      reportHtml: 'HTML report',
      reportJson: 'JSON',
      trendsTitle: 'Trends',
      trendsIntro: 'Each measure over the recent analyses, how fast it changes, and when at that rate it reaches the threshold of its rule.',
      trendsNone: 'No measure of this host can be followed over time.',
      colMeasure: 'Measure',
      colLatestValue: 'Latest value',
      colPerDay: 'Per day',
      colThreshold: 'Threshold',
      colForecast: 'Forecast',
      colChart: 'History',
      'measure-scratchFreePercent': 'Free space on the scratch volume',
      'measure-storagePoolFreePercent': 'Free space in the storage pool',
      'measure-windowsTempFiles': 'Files in the Windows temp folder',
      'measure-clockOffsetSeconds': 'Offset of the clock',
      'unit-files': 'files',
      'unit-s': 's',
      'unit-%': '%',
      perDayValue: '{value} {unit} a day',
      thresholdAbove: 'at most {value}',
      thresholdBelow: 'at least {value}',
      trendReaches: 'reaches the threshold in {days} day(s) ({date})',
      trendNotHeading: 'not heading for its threshold',
      trendNoHistory: 'not enough history',
      trendPast: 'already past its threshold',
      trendWarning: 'warning',
      trendWarningWhy: 'reaches its threshold soon: see {rule}',
      chartLabel: '{measure}: {count} value(s) from {first} to {last}; threshold {threshold}',
      chartThreshold: 'threshold',
      explainTitle: 'Explain an error',
      explainLabel: 'Paste errors from a dialog or a log, one per line',
      explainWorking: 'Looking up…',
      notDocumented: 'not a documented error',
      recognisedBy: 'Recognised by its {how} “{what}”',
      documentedError: 'Documented error: {name}',
      rulesTitle: 'Rules that report it',
      checksTitle: 'To confirm on the server',
      problemAt: '{where}: {message}',
      'sev-critical': 'critical',
      'sev-high': 'high',
      'sev-medium': 'medium',
      'sev-low': 'low',
      'sev-info': 'info',
      'how-id': 'id',
      'how-code': 'code',
      'how-message': 'message',
      'how-phrase': 'phrase'
    },
    fr: {
      skip: 'Aller au contenu',
      navLabel: 'Vues',
      navFleet: 'Parc',
      navExplain: 'Expliquer une erreur',
      language: 'Langue',
      tokenTitle: 'Ce serveur demande son jeton',
      tokenLabel: 'Jeton',
      tokenSubmit: 'Utiliser ce jeton',
      tokenRejected: 'Le serveur a refusé ce jeton : donnez le bon.',
      fleetTitle: 'Parc',
      uploadTitle: 'Ajouter un rapport',
      uploadHint: 'Déposez ici un lot du collecteur (.zip) ou un fichier de faits (.json, .ndjson), ou choisissez-en un.',
      uploadChoose: 'Ou choisissez un fichier :',
      uploadSending: 'Envoi de {file}…',
      uploadDone: '{file} : {host} analysé, {count} constat(s).',
      uploadBatch: '{file} : {count} hôte(s) analysé(s) :',
      uploadRefused: '{file} a été refusé ({status}) : {error}',
      uploadWrongType: '{file} : seuls les fichiers .zip, .json et .ndjson peuvent être envoyés.',
      uploadFailed: "{file} n'a pas pu être envoyé : {error}",
      filtersTitle: 'Filtres',
      filterSeverity: 'Gravité maximale au moins',
      filterRule: "A un constat de la règle",
      filterAge: 'Dernier rapport',
      any: 'toutes',
      'age-within-1d': 'depuis moins d’un jour',
      'age-within-7d': 'depuis moins de 7 jours',
      'age-older-1d': 'il y a plus d’un jour',
      'age-older-7d': 'il y a plus de 7 jours',
      'age-silent': 'ne rapporte plus',
      colHost: 'Hôte',
      colSeverity: 'Gravité maximale',
      colFindings: 'Constats',
      colNew: 'Nouveaux',
      colResolved: 'Résolus',
      colReceived: 'Dernier rapport',
      colAge: 'Âge',
      fleetCaption: '{shown} hôte(s) sur {total}. Un hôte est marqué comme ne rapportant plus après {hours} h sans rapport.',
      fleetNone: "Aucun hôte n'a encore envoyé de rapport : déposez un lot ou dirigez un collecteur vers ce serveur.",
      fleetNoMatch: 'Aucun hôte ne correspond à ces filtres.',
      silent: 'ne rapporte plus',
      noFinding: 'aucun constat',
      sortAscending: 'tri croissant',
      sortDescending: 'tri décroissant',
      loading: 'Chargement…',
      loadFailed: 'Impossible de charger {what} : {error}',
      backToFleet: 'Retour au parc',
      hostSummary: 'Dernier rapport reçu le {received} ({age}), collecté le {collected} ; {count} constat(s).',
      unknown: 'inconnu',
      latestTitle: 'Dernier rapport',
      causesTitle: 'Causes premières',
      causeExplains: 'Explique les constats {ids}.',
      collectionTitle: "Ce que le collecteur n'a pas pu lire",
      collectionUnknown: 'Restent inconnus : {facts}',
      noFindings: "Aucun constat : les règles qui ont pu s'exécuter n'ont rien trouvé d'anormal.",
      notChecked: "{count} règle(s) n'ont pas pu s'exécuter faute de faits collectés.",
      certainty: 'Certitude',
      'cert-confirmed': "confirmé (une erreur et l'état concordent)",
      'cert-risk': "risque (l'état seul)",
      'cert-reported': "signalé (l'erreur seule)",
      evidence: 'Éléments constatés',
      actions: 'Que faire',
      oneOf: "Une seule de ces actions suffit :",
      reference: 'Documentation Microsoft',
      badgeNew: 'nouveau',
      changesTitle: "Changements depuis l'analyse précédente",
      changesFirst: "C'est la première analyse de cet hôte : il n'y a rien à comparer.",
      changesNone: "Rien n'a changé : les mêmes constats qu'à l'analyse précédente.",
      newFindings: 'Nouveaux constats',
      resolvedFindings: 'Constats résolus',
      historyTitle: 'Historique',
      colAnalysis: 'Analyse',
      colCollected: 'Collecté',
      colReports: 'Rapports',
      reportHtml: 'Rapport HTML',
      reportJson: 'JSON',
      trendsTitle: 'Tendances',
      trendsIntro: "Chaque mesure au fil des analyses récentes, sa vitesse d'évolution et, à ce rythme, le jour où elle atteint le seuil de sa règle.",
      trendsNone: 'Aucune mesure de cet hôte ne peut être suivie dans le temps.',
      colMeasure: 'Mesure',
      colLatestValue: 'Dernière valeur',
      colPerDay: 'Par jour',
      colThreshold: 'Seuil',
      colForecast: 'Prévision',
      colChart: 'Historique',
      'measure-scratchFreePercent': "Espace libre du volume de travail (scratch)",
      'measure-storagePoolFreePercent': 'Espace libre du pool de stockage',
      'measure-windowsTempFiles': 'Fichiers du dossier temporaire de Windows',
      'measure-clockOffsetSeconds': "Décalage de l'horloge",
      'unit-files': 'fichiers',
      'unit-s': 's',
      'unit-%': '%',
      perDayValue: '{value} {unit} par jour',
      thresholdAbove: 'au plus {value}',
      thresholdBelow: 'au moins {value}',
      trendReaches: 'atteint le seuil dans {days} jour(s) ({date})',
      trendNotHeading: 'ne se dirige pas vers son seuil',
      trendNoHistory: "pas assez d'historique",
      trendPast: 'a déjà dépassé son seuil',
      trendWarning: 'alerte',
      trendWarningWhy: 'atteint bientôt son seuil : voir {rule}',
      chartLabel: '{measure} : {count} valeur(s) de {first} à {last} ; seuil {threshold}',
      chartThreshold: 'seuil',
      explainTitle: 'Expliquer une erreur',
      explainLabel: "Collez des erreurs d'une boîte de dialogue ou d'un journal, une par ligne",
      explainWorking: 'Recherche…',
      notDocumented: "pas une erreur documentée",
      recognisedBy: 'Reconnue par son {how} « {what} »',
      documentedError: 'Erreur documentée : {name}',
      rulesTitle: 'Règles qui la signalent',
      checksTitle: 'Pour confirmer sur le serveur',
      problemAt: '{where} : {message}',
      'sev-critical': 'critique',
      'sev-high': 'élevée',
      'sev-medium': 'moyenne',
      'sev-low': 'faible',
      'sev-info': 'info',
      'how-id': 'identifiant',
      'how-code': 'code',
      'how-message': 'message',
      'how-phrase': 'expression'
    }
  };

  // ---------------------------------------------------------------- language

  let lang = initialLanguage();

  function initialLanguage() {
    let chosen = null;
    try {
      chosen = localStorage.getItem(LANG_KEY);
    } catch (e) {
      chosen = null;
    }
    if (chosen === 'en' || chosen === 'fr') {
      return chosen;
    }
    const nav = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    return nav.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }

  /** The UI string `key` in the current language, with {name} placeholders filled as text. */
  function t(key, values) {
    const table = STRINGS[lang] || STRINGS.en;
    let text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : STRINGS.en[key];
    if (text === undefined) {
      text = key;
    }
    if (values) {
      text = text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
    }
    return text;
  }

  function applyStaticStrings() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach((el) => {
      el.textContent = t(el.dataset.i18n);
    });
    document.getElementById('lang').value = lang;
  }

  function severityLabel(severity) {
    return severity ? t('sev-' + severity) : t('noFinding');
  }

  // ---------------------------------------------------------------- DOM helpers

  /** An element with attributes and children; strings become text nodes, never markup. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    if (attributes) {
      for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
          continue;
        }
        if (name === 'class') {
          node.className = value;
        } else if (name === 'text') {
          node.textContent = value;
        } else {
          node.setAttribute(name, value === true ? '' : String(value));
        }
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) {
        continue;
      }
      if (Array.isArray(child)) {
        append(node, child);
      } else if (child instanceof Node) {
        node.appendChild(child);
      } else {
        node.appendChild(document.createTextNode(String(child)));
      }
    }
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  /** A link only to http(s) addresses: a report's reference must not become a javascript: URL. */
  function externalLink(url, text) {
    let safe = null;
    try {
      const parsed = new URL(url, location.href);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') {
        safe = parsed.href;
      }
    } catch (e) {
      safe = null;
    }
    return safe ? el('a', { href: safe, rel: 'noopener noreferrer', target: '_blank' }, text) : el('span', null, text);
  }

  function hostHref(host) {
    return '#/host/' + encodeURIComponent(host);
  }

  function severityBadge(severity) {
    return el('span', { class: 'severity severity-' + (SEVERITIES.includes(severity) ? severity : 'none') }, severityLabel(severity));
  }

  function formatTime(iso) {
    if (!iso) {
      return t('unknown');
    }
    const date = new Date(iso);
    return isNaN(date) ? iso : date.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  }

  function formatAge(iso) {
    const date = new Date(iso);
    if (!iso || isNaN(date)) {
      return t('unknown');
    }
    const seconds = Math.max(0, (Date.now() - date.getTime()) / 1000);
    const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' });
    if (seconds < 60) {
      return format.format(-Math.round(seconds), 'second');
    }
    if (seconds < 3600) {
      return format.format(-Math.floor(seconds / 60), 'minute');
    }
    if (seconds < 86400) {
      return format.format(-Math.floor(seconds / 3600), 'hour');
    }
    return format.format(-Math.floor(seconds / 86400), 'day');
  }

  function setStatus(text) {
    document.getElementById('status').textContent = text || '';
  }

  // ---------------------------------------------------------------- API and token

  let tokenWaiters = null;

  function token() {
    try {
      return sessionStorage.getItem(TOKEN_KEY);
    } catch (e) {
      return null;
    }
  }

  /** Shows the token form; resolves once the user has given a token. */
  function askForToken(message) {
    const box = document.getElementById('token-box');
    document.getElementById('token-message').textContent = token() ? t('tokenRejected') : message || '';
    box.hidden = false;
    const input = document.getElementById('token-input');
    input.value = '';
    input.focus();
    if (!tokenWaiters) {
      tokenWaiters = [];
    }
    return new Promise((resolve) => tokenWaiters.push(resolve));
  }

  function tokenGiven(event) {
    event.preventDefault();
    const value = document.getElementById('token-input').value.trim();
    if (!value) {
      return;
    }
    try {
      sessionStorage.setItem(TOKEN_KEY, value);
    } catch (e) {
      // no session storage: the token lasts as long as the page
      memoryToken = value;
    }
    document.getElementById('token-box').hidden = true;
    const waiters = tokenWaiters || [];
    tokenWaiters = null;
    waiters.forEach((resolve) => resolve());
  }

  let memoryToken = null;

  /** fetch() with the token; on 401 asks for the token and tries again. Resolves to the Response. */
  async function api(path, options) {
    for (;;) {
      const headers = Object.assign({}, (options && options.headers) || {});
      const given = token() || memoryToken;
      if (given) {
        headers.Authorization = 'Bearer ' + given;
      }
      const response = await fetch(path, Object.assign({}, options || {}, { headers, cache: 'no-store' }));
      if (response.status !== 401) {
        return response;
      }
      let message = '';
      try {
        message = (await response.json()).error || '';
      } catch (e) {
        message = '';
      }
      await askForToken(message);
    }
  }

  /** The error of a refused answer: the server's {error, problems}, or the status line. */
  async function refusal(response) {
    try {
      const body = await response.json();
      return { status: response.status, error: body.error || response.statusText, problems: Array.isArray(body.problems) ? body.problems : [] };
    } catch (e) {
      return { status: response.status, error: response.statusText || String(response.status), problems: [] };
    }
  }

  async function getJson(path) {
    const response = await api(path);
    if (!response.ok) {
      const refused = await refusal(response);
      throw new Error(refused.error);
    }
    return response.json();
  }

  function problemList(problems) {
    if (!problems.length) {
      return null;
    }
    return el('ul', { class: 'problems' }, problems.map((p) => {
      const where = [p.file, p.line ? String(p.line) + (p.column ? ':' + p.column : '') : null].filter(Boolean).join(':');
      const place = [where, p.field ? p.field : null].filter((x) => x !== null && x !== '').join(' ');
      return el('li', null, place ? t('problemAt', { where: place, message: p.message }) : p.message);
    }));
  }

  // ---------------------------------------------------------------- routing

  const views = ['fleet', 'host', 'explain'];
  let firstRoute = true;

  function route() {
    const hash = location.hash || '#/';
    let view = 'fleet';
    let host = null;
    if (hash.startsWith('#/host/')) {
      view = 'host';
      try {
        host = decodeURIComponent(hash.substring('#/host/'.length));
      } catch (e) {
        host = hash.substring('#/host/'.length);
      }
    } else if (hash === '#/explain') {
      view = 'explain';
    }
    for (const name of views) {
      document.getElementById('view-' + name).hidden = name !== view;
    }
    document.querySelectorAll('nav a').forEach((a) => {
      const current = (view === 'fleet' && a.id === 'nav-fleet') || (view === 'explain' && a.id === 'nav-explain');
      if (current) {
        a.setAttribute('aria-current', 'page');
      } else {
        a.removeAttribute('aria-current');
      }
    });
    setStatus('');
    if (view !== 'host') {
      document.title = view === 'explain' ? t('explainTitle') + ' — mabs-advisor' : 'mabs-advisor';
    }
    if (view === 'fleet') {
      loadFleet();
    } else if (view === 'host') {
      loadHost(host);
    } else {
      explainNow();
    }
    if (!firstRoute) {
      const title = document.getElementById(view === 'fleet' ? 'fleet-title' : view === 'host' ? 'host-title' : 'explain-title');
      title.focus();
    }
    firstRoute = false;
  }

  // ---------------------------------------------------------------- fleet

  const fleet = { hosts: [], silentAfterHours: 0, loaded: false, sort: 'severity', descending: true };

  async function loadFleet() {
    try {
      const body = await getJson(API + '/hosts');
      fleet.hosts = Array.isArray(body.hosts) ? body.hosts : [];
      fleet.silentAfterHours = body.silentAfterHours;
      fleet.loaded = true;
      updateRuleFilter();
      renderFleet();
    } catch (e) {
      setStatus(t('loadFailed', { what: t('fleetTitle'), error: e.message }));
    }
  }

  function severityRank(severity) {
    const i = SEVERITIES.indexOf(severity);
    return i < 0 ? SEVERITIES.length : i;
  }

  function updateRuleFilter() {
    const select = document.getElementById('filter-rule');
    const chosen = select.value;
    const ids = new Set();
    fleet.hosts.forEach((h) => (h.ruleIds || []).forEach((id) => ids.add(id)));
    while (select.options.length > 1) {
      select.remove(1);
    }
    Array.from(ids).sort().forEach((id) => select.add(el('option', { value: id }, id)));
    select.value = ids.has(chosen) ? chosen : '';
  }

  function ageHours(host) {
    const received = new Date(host.receivedAt).getTime();
    return isNaN(received) ? Infinity : (Date.now() - received) / 3600000;
  }

  function passesFilters(host) {
    const severity = document.getElementById('filter-severity').value;
    if (severity && severityRank(host.worstSeverity) > severityRank(severity)) {
      return false;
    }
    const rule = document.getElementById('filter-rule').value;
    if (rule && !(host.ruleIds || []).includes(rule)) {
      return false;
    }
    const age = document.getElementById('filter-age').value;
    const hours = ageHours(host);
    switch (age) {
      case 'within-1d': return hours <= 24;
      case 'within-7d': return hours <= 24 * 7;
      case 'older-1d': return hours > 24;
      case 'older-7d': return hours > 24 * 7;
      case 'silent': return host.silent === true;
      default: return true;
    }
  }

  function compareHosts(a, b) {
    const received = (h) => {
      const time = new Date(h.receivedAt).getTime();
      return isNaN(time) ? 0 : time;
    };
    switch (fleet.sort) {
      case 'host': return a.host.localeCompare(b.host, lang);
      // the most severe is the "largest", so that descending puts it first
      case 'severity': return severityRank(b.worstSeverity) - severityRank(a.worstSeverity);
      case 'findings': return a.findings - b.findings;
      case 'new': return a.newFindings - b.newFindings;
      case 'resolved': return a.resolvedFindings - b.resolvedFindings;
      case 'received': return received(a) - received(b);
      case 'age': return received(b) - received(a);
      default: return 0;
    }
  }

  function renderFleet() {
    const body = document.getElementById('fleet-body');
    clear(body);
    const shown = fleet.hosts.filter(passesFilters).sort((a, b) => {
      const order = compareHosts(a, b);
      return (fleet.descending ? -order : order) || a.host.localeCompare(b.host, lang);
    });
    for (const host of shown) {
      const silent = host.silent === true;
      body.appendChild(el('tr', { class: silent ? 'silent' : null, 'data-host': host.host },
        el('th', { scope: 'row' },
          el('a', { href: hostHref(host.host) }, host.host),
          silent ? el('span', { class: 'badge badge-silent' }, t('silent')) : null),
        el('td', null, severityBadge(host.worstSeverity)),
        el('td', { class: 'number' }, String(host.findings)),
        el('td', { class: 'number' }, String(host.newFindings)),
        el('td', { class: 'number' }, String(host.resolvedFindings)),
        el('td', null, el('time', { datetime: host.receivedAt }, formatTime(host.receivedAt))),
        el('td', null, formatAge(host.receivedAt))));
    }
    document.getElementById('fleet-caption').textContent = t('fleetCaption',
      { shown: shown.length, total: fleet.hosts.length, hours: fleet.silentAfterHours });
    const empty = document.getElementById('fleet-empty');
    empty.hidden = shown.length > 0;
    empty.textContent = fleet.hosts.length === 0 ? t('fleetNone') : t('fleetNoMatch');
    document.getElementById('fleet-table').hidden = shown.length === 0;
    document.querySelectorAll('#fleet-table thead th').forEach((th) => {
      const button = th.querySelector('button');
      if (button.dataset.sort === fleet.sort) {
        th.setAttribute('aria-sort', fleet.descending ? 'descending' : 'ascending');
        button.setAttribute('aria-label', t(button.dataset.i18n) + ', ' + (fleet.descending ? t('sortDescending') : t('sortAscending')));
      } else {
        th.removeAttribute('aria-sort');
        button.removeAttribute('aria-label');
      }
    });
  }

  function sortBy(column) {
    if (fleet.sort === column) {
      fleet.descending = !fleet.descending;
    } else {
      fleet.sort = column;
      // text and times read best ascending at first; counts and severity the largest first
      fleet.descending = !['host', 'age'].includes(column);
    }
    renderFleet();
  }

  // ---------------------------------------------------------------- host page

  let hostRequest = 0;

  async function loadHost(host) {
    const request = ++hostRequest;
    const content = document.getElementById('host-content');
    document.getElementById('host-title').textContent = host;
    document.getElementById('host-summary').textContent = t('loading');
    clear(content);
    document.title = host + ' — mabs-advisor';
    try {
      const history = await getJson(API + '/hosts/' + encodeURIComponent(host) + '/analyses');
      const analyses = Array.isArray(history.analyses) ? history.analyses : [];
      if (!analyses.length) {
        throw new Error(t('unknown'));
      }
      const latest = analyses[0];
      const [report, trends] = await Promise.all([
        getJson(API + '/analyses/' + encodeURIComponent(latest.id) + '?format=json'),
        // the trends are a help, not the page: without them the rest is still shown
        getJson(API + '/hosts/' + encodeURIComponent(host) + '/trends').catch((e) => ({ failed: e.message }))
      ]);
      if (request !== hostRequest) {
        return;
      }
      renderHost(history.host || host, latest, report, analyses, trends);
    } catch (e) {
      if (request === hostRequest) {
        document.getElementById('host-summary').textContent = t('loadFailed', { what: host, error: e.message });
      }
    }
  }

  function renderHost(host, latest, report, analyses, trends) {
    document.getElementById('host-title').textContent = host;
    const findings = Array.isArray(report.findings) ? report.findings : [];
    document.getElementById('host-summary').textContent = t('hostSummary', {
      received: formatTime(latest.receivedAt),
      age: formatAge(latest.receivedAt),
      collected: formatTime(report.collectedAt),
      count: findings.length
    });
    const content = document.getElementById('host-content');
    clear(content);
    content.appendChild(changesSection(findings, report.resolved || [], analyses.length));
    const causes = Array.isArray(report.causes) ? report.causes : [];
    if (causes.length) {
      content.appendChild(el('section', { id: 'causes', 'aria-labelledby': 'causes-title' },
        el('h2', { id: 'causes-title' }, t('causesTitle')),
        causes.map((c) => el('article', { class: 'cause', 'data-cause': c.id },
          el('h3', null, el('code', { class: 'rule-id' }, c.id), ' ', el('span', { class: 'cause-title' }, c.title)),
          (c.evidence || []).length ? el('ul', { class: 'evidence' }, c.evidence.map((e) => el('li', null, e.text))) : null,
          (c.findings || []).length ? el('p', null, t('causeExplains', { ids: c.findings.join(', ') })) : null,
          (c.actions || []).length ? [el('h4', null, t('actions')), actionList(c.actions)] : null))));
    }
    const latestSection = el('section', { id: 'latest', 'aria-labelledby': 'latest-title' },
      el('h2', { id: 'latest-title' }, t('latestTitle')));
    if (!findings.length) {
      latestSection.appendChild(el('p', { class: 'empty' }, t('noFindings')));
    }
    findings.forEach((f) => latestSection.appendChild(findingCard(f)));
    const notChecked = report.summary && report.summary.notChecked;
    if (notChecked) {
      latestSection.appendChild(el('p', { class: 'note' }, t('notChecked', { count: notChecked })));
    }
    const collection = Array.isArray(report.collection) ? report.collection : [];
    if (collection.length) {
      latestSection.appendChild(el('h3', null, t('collectionTitle')));
      latestSection.appendChild(el('ul', { id: 'collection', class: 'collection' }, collection.map((c) => el('li', null,
        el('code', null, c.spec), ': ', c.problem,
        (c.unknownFacts || []).length ? [' ', el('span', { class: 'note' }, t('collectionUnknown', { facts: c.unknownFacts.join(', ') }))] : null))));
    }
    content.appendChild(latestSection);
    content.appendChild(trendsSection(trends, findings));
    content.appendChild(historySection(analyses));
  }

  // ---------------------------------------------------------------- trends

  /** The finding a report carries when a measure reaches its threshold within the policy's warning. */
  const TREND_RULES = {
    scratchFreePercent: 'TREND-01',
    storagePoolFreePercent: 'TREND-02',
    windowsTempFiles: 'TREND-03',
    clockOffsetSeconds: 'TREND-04'
  };

  function formatNumber(value, signed) {
    return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB',
      { maximumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value);
  }

  function unitLabel(unit) {
    const key = 'unit-' + unit;
    return Object.prototype.hasOwnProperty.call(STRINGS.en, key) ? t(key) : unit;
  }

  function withUnit(value, unit, signed) {
    return formatNumber(value, signed) + '\u00a0' + unitLabel(unit);
  }

  function formatDay(iso) {
    const date = new Date(iso);
    return isNaN(date) ? iso : date.toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
  }

  function measureName(measure) {
    return Object.prototype.hasOwnProperty.call(STRINGS.en, 'measure-' + measure) ? t('measure-' + measure) : measure;
  }

  function trendsSection(trends, findings) {
    const section = el('section', { id: 'trends', 'aria-labelledby': 'trends-title' },
      el('h2', { id: 'trends-title' }, t('trendsTitle')));
    if (!trends || trends.failed) {
      section.appendChild(el('p', { class: 'note' }, t('loadFailed', { what: t('trendsTitle'), error: trends ? trends.failed : t('unknown') })));
      return section;
    }
    const list = Array.isArray(trends.trends) ? trends.trends.filter((m) => m && Array.isArray(m.points) && m.points.length) : [];
    if (!list.length) {
      section.appendChild(el('p', { class: 'empty' }, t('trendsNone')));
      return section;
    }
    const warned = new Set(findings.map((f) => f.ruleId));
    section.appendChild(el('p', { class: 'note' }, t('trendsIntro')));
    section.appendChild(el('div', { class: 'table-scroll' }, el('table', { class: 'trends' },
      el('thead', null, el('tr', null,
        ['colMeasure', 'colLatestValue', 'colPerDay', 'colThreshold', 'colForecast', 'colChart']
          .map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', null, list.map((m) => trendRow(m, warned))))));
    return section;
  }

  function trendRow(m, warned) {
    const last = m.points[m.points.length - 1].value;
    const rising = m.direction === 'rising';
    const past = rising ? last > m.threshold : last < m.threshold;
    const rule = TREND_RULES[m.measure];
    const warning = rule && warned.has(rule);
    let forecast;
    let state;
    if (typeof m.daysLeft === 'number') {
      state = 'reaches';
      const [before, after] = t('trendReaches', { days: m.daysLeft, date: '\u0000' }).split('\u0000');
      forecast = [before, el('time', { datetime: m.reachedAt || '' }, formatDay(m.reachedAt)), after];
    } else if (past) {
      state = 'past';
      forecast = t('trendPast');
    } else if (typeof m.perDay !== 'number') {
      state = 'no-history';
      forecast = t('trendNoHistory');
    } else {
      state = 'not-heading';
      forecast = t('trendNotHeading');
    }
    const classes = ['trend', 'trend-' + state, warning ? 'trend-warning' : null].filter(Boolean).join(' ');
    return el('tr', { class: classes, 'data-measure': m.measure, 'data-state': state },
      el('th', { scope: 'row' }, el('span', { class: 'measure-name' }, measureName(m.measure)),
        warning ? [' ', el('span', { class: 'badge badge-warning', title: t('trendWarningWhy', { rule }) }, t('trendWarning'))] : null),
      el('td', { class: 'number trend-latest' }, withUnit(last, m.unit)),
      el('td', { class: 'number trend-rate' }, typeof m.perDay === 'number' ? t('perDayValue', { value: formatNumber(m.perDay, true), unit: unitLabel(m.unit) }) : '—'),
      el('td', { class: 'trend-threshold' }, t(rising ? 'thresholdAbove' : 'thresholdBelow', { value: withUnit(m.threshold, m.unit) })),
      el('td', { class: 'trend-forecast' }, forecast,
        warning ? el('span', { class: 'trend-warning-why' }, ' — ' + t('trendWarningWhy', { rule })) : null),
      el('td', { class: 'trend-chart-cell' }, trendChart(m, past || warning)));
  }

  const SVG = 'http://www.w3.org/2000/svg';

  /** An SVG element with attributes, built with DOM methods: no markup, no style attribute. */
  function svg(tag, attributes, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      node.setAttribute(name, String(value));
    }
    append(node, children);
    return node;
  }

  /** The points of a measure as a small line chart, with its threshold as a dashed line. */
  function trendChart(m, alarming) {
    const width = 220;
    const height = 64;
    const pad = 6;
    const times = m.points.map((p) => new Date(p.at).getTime());
    const values = m.points.map((p) => p.value);
    const first = Math.min(...times);
    const lastTime = Math.max(...times);
    let low = Math.min(m.threshold, ...values);
    let high = Math.max(m.threshold, ...values);
    if (high === low) {
      high += 1;
      low -= 1;
    }
    const margin = (high - low) * 0.08;
    low -= margin;
    high += margin;
    const x = (time) => (lastTime === first ? width / 2 : pad + ((time - first) / (lastTime - first)) * (width - 2 * pad));
    const y = (value) => pad + ((high - value) / (high - low)) * (height - 2 * pad);
    const round = (n) => Math.round(n * 10) / 10;
    const label = t('chartLabel', {
      measure: measureName(m.measure),
      count: m.points.length,
      first: formatTime(m.points[0].at),
      last: formatTime(m.points[m.points.length - 1].at),
      threshold: withUnit(m.threshold, m.unit)
    });
    const ty = round(y(m.threshold));
    const chart = svg('svg', {
      class: 'trend-chart' + (alarming ? ' trend-chart-alarming' : ''),
      viewBox: '0 0 ' + width + ' ' + height,
      width, height, role: 'img', 'aria-label': label, focusable: 'false'
    }, svg('title', null, label));
    chart.appendChild(svg('line', { class: 'trend-threshold-line', x1: 0, x2: width, y1: ty, y2: ty, 'stroke-dasharray': '4 3' },
      svg('title', null, t('chartThreshold') + ' ' + withUnit(m.threshold, m.unit))));
    const coordinates = m.points.map((p, i) => [round(x(times[i])), round(y(p.value))]);
    if (coordinates.length > 1) {
      chart.appendChild(svg('polyline', { class: 'trend-line', points: coordinates.map((c) => c.join(',')).join(' '), fill: 'none' }));
    }
    m.points.forEach((p, i) => chart.appendChild(svg('circle', { class: 'trend-point', cx: coordinates[i][0], cy: coordinates[i][1], r: 2.5 },
      svg('title', null, formatTime(p.at) + ': ' + withUnit(p.value, m.unit)))));
    return chart;
  }

  function changesSection(findings, resolved, analysisCount) {
    const section = el('section', { id: 'changes', 'aria-labelledby': 'changes-title' }, el('h2', { id: 'changes-title' }, t('changesTitle')));
    const compared = analysisCount > 1 || findings.some((f) => f.baseline) || resolved.length > 0;
    if (!compared) {
      section.appendChild(el('p', null, t('changesFirst')));
      return section;
    }
    const added = findings.filter((f) => f.baseline === 'new');
    if (!added.length && !resolved.length) {
      section.appendChild(el('p', null, t('changesNone')));
      return section;
    }
    if (added.length) {
      section.appendChild(el('h3', null, t('newFindings')));
      section.appendChild(el('ul', { id: 'new-findings', class: 'changes' }, added.map((f) =>
        el('li', null, severityBadge(f.severity), ' ', el('code', null, f.ruleId), ' ', f.title))));
    }
    if (resolved.length) {
      section.appendChild(el('h3', null, t('resolvedFindings')));
      section.appendChild(el('ul', { id: 'resolved-findings', class: 'changes' }, resolved.map((f) =>
        el('li', null, severityBadge(f.severity), ' ', el('code', null, f.ruleId), ' ',
          f.reference ? externalLink(f.reference, f.title) : f.title))));
    }
    return section;
  }

  function findingCard(finding) {
    const evidence = Array.isArray(finding.evidence) ? finding.evidence : [];
    const actions = Array.isArray(finding.actions) ? finding.actions : [];
    return el('article', { class: 'finding finding-' + finding.severity, 'data-rule': finding.ruleId },
      el('h3', null, severityBadge(finding.severity), ' ', el('code', { class: 'rule-id' }, finding.ruleId), ' ',
        el('span', { class: 'finding-title' }, finding.title),
        finding.baseline === 'new' ? [' ', el('span', { class: 'badge badge-new' }, t('badgeNew'))] : null),
      el('p', { class: 'certainty' }, t('certainty') + ': ' + t('cert-' + finding.certainty)),
      evidence.length ? [el('h4', null, t('evidence')), el('ul', { class: 'evidence' }, evidence.map((e) => el('li', null, e.text)))] : null,
      actions.length ? [el('h4', null, t('actions')), actionList(actions)] : null,
      finding.reference ? el('p', { class: 'reference' }, externalLink(finding.reference, t('reference'))) : null);
  }

  /** Steps in order; a choice shows its lead-in and alternatives, one of which is enough. */
  function actionList(actions) {
    return el('ol', { class: 'actions' }, actions.map(actionItem));
  }

  function actionItem(action) {
    const item = el('li', null);
    if (action.choice) {
      append(item, [action.text ? el('p', null, action.text) : null, el('p', { class: 'one-of' }, t('oneOf')),
        el('ul', { class: 'alternatives' }, (action.alternatives || []).map(actionItem))]);
    } else {
      append(item, [el('p', null, action.text || ''), action.command ? el('pre', { class: 'command' }, el('code', null, action.command)) : null]);
      if (Array.isArray(action.alternatives) && action.alternatives.length) {
        item.appendChild(el('ul', { class: 'alternatives' }, action.alternatives.map(actionItem)));
      }
    }
    return item;
  }

  function historySection(analyses) {
    return el('section', { id: 'history', 'aria-labelledby': 'history-title' },
      el('h2', { id: 'history-title' }, t('historyTitle')),
      el('table', { class: 'history' },
        el('thead', null, el('tr', null,
          ['colAnalysis', 'colReceived', 'colCollected', 'colSeverity', 'colFindings', 'colNew', 'colResolved', 'colReports']
            .map((k) => el('th', { scope: 'col' }, t(k))))),
        el('tbody', null, analyses.map((a) => el('tr', null,
          el('th', { scope: 'row' }, '#' + a.id),
          el('td', null, el('time', { datetime: a.receivedAt }, formatTime(a.receivedAt))),
          el('td', null, formatTime(a.collectedAt)),
          el('td', null, severityBadge(a.worstSeverity)),
          el('td', { class: 'number' }, String(a.findings)),
          el('td', { class: 'number' }, String(a.newFindings)),
          el('td', { class: 'number' }, String(a.resolvedFindings)),
          el('td', null, reportLink(a.id, 'html', t('reportHtml')), ' · ', reportLink(a.id, 'json', t('reportJson'))))))));
  }

  /** A link to a kept report; with a token, which a plain link cannot send, it downloads the report instead. */
  function reportLink(id, format, text) {
    const href = API + '/analyses/' + encodeURIComponent(id) + '?format=' + format;
    const link = el('a', { href, class: 'report-link', 'data-format': format, target: '_blank', rel: 'noopener' }, text);
    link.addEventListener('click', async (event) => {
      if (!(token() || memoryToken)) {
        return;
      }
      event.preventDefault();
      const response = await api(href);
      if (!response.ok) {
        setStatus(t('loadFailed', { what: href, error: (await refusal(response)).error }));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const download = el('a', { href: url, download: 'analysis-' + id + '.' + format });
      document.body.appendChild(download);
      download.click();
      download.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    });
    return link;
  }

  // ---------------------------------------------------------------- explain

  let explainTimer = null;
  let explainRequest = 0;

  function explainSoon() {
    clearTimeout(explainTimer);
    explainTimer = setTimeout(explainNow, 300);
  }

  async function explainNow() {
    clearTimeout(explainTimer);
    const request = ++explainRequest;
    const result = document.getElementById('explain-result');
    const errors = document.getElementById('explain-input').value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l);
    if (!errors.length) {
      clear(result);
      delete result.dataset.state;
      return;
    }
    result.dataset.state = 'working';
    result.setAttribute('aria-busy', 'true');
    try {
      const response = await api(API + '/explain?format=json&lang=' + lang, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ errors })
      });
      if (request !== explainRequest) {
        return;
      }
      clear(result);
      if (!response.ok) {
        const refused = await refusal(response);
        if (request !== explainRequest) {
          return;
        }
        append(result, [el('p', { class: 'error' }, refused.error), problemList(refused.problems)]);
      } else {
        const body = await response.json();
        if (request !== explainRequest) {
          return;
        }
        (body.errors || []).forEach((answer) => result.appendChild(explanation(answer)));
      }
      result.dataset.state = 'done';
      result.dataset.lang = lang;
    } catch (e) {
      if (request === explainRequest) {
        clear(result);
        result.appendChild(el('p', { class: 'error' }, e.message));
        result.dataset.state = 'failed';
      }
    } finally {
      if (request === explainRequest) {
        result.removeAttribute('aria-busy');
      }
    }
  }

  function explanation(answer) {
    const matches = Array.isArray(answer.matches) ? answer.matches : [];
    const article = el('article', { class: 'answer ' + (matches.length ? 'documented' : 'undocumented') },
      el('h2', null, el('q', null, answer.error)));
    if (!matches.length) {
      article.appendChild(el('p', { class: 'not-documented' }, t('notDocumented')));
      return article;
    }
    for (const match of matches) {
      const section = el('section', { class: 'match' },
        match.documentedError ? el('h3', null, t('documentedError', { name: match.documentedError })) : null,
        el('p', null, t('recognisedBy', { how: t('how-' + match.recognisedBy), what: match.recognised }),
          match.reference ? [' — ', externalLink(match.reference, t('reference'))] : null));
      const rules = Array.isArray(match.rules) ? match.rules : [];
      if (rules.length) {
        section.appendChild(el('h4', null, t('rulesTitle')));
        rules.forEach((rule) => section.appendChild(el('div', { class: 'rule', 'data-rule': rule.id },
          el('p', { class: 'rule-head' }, severityBadge(rule.severity), ' ', el('code', { class: 'rule-id' }, rule.id), ' ', rule.title),
          rule.actions && rule.actions.length ? actionList(rule.actions) : null)));
      }
      const checks = Array.isArray(match.checks) ? match.checks : [];
      if (checks.length) {
        section.appendChild(el('h4', null, t('checksTitle')));
        section.appendChild(el('ul', { class: 'checks' }, checks.map((c) => el('li', null,
          el('code', { class: 'rule-id' }, c.id), ' ', c.check,
          c.command ? el('pre', { class: 'command' }, el('code', null, c.command)) : null))));
      }
      article.appendChild(section);
    }
    return article;
  }

  // ---------------------------------------------------------------- upload

  const MEDIA_TYPES = { zip: 'application/zip', json: 'application/json', ndjson: 'application/x-ndjson' };

  async function uploadFiles(files) {
    const result = document.getElementById('upload-result');
    clear(result);
    for (const file of Array.from(files)) {
      await uploadOne(file, result);
    }
    document.getElementById('upload-input').value = '';
    await loadFleet();
  }

  async function uploadOne(file, result) {
    const extension = (file.name.match(/\.([^.]+)$/) || [])[1];
    const type = extension ? MEDIA_TYPES[extension.toLowerCase()] : undefined;
    if (!type) {
      result.appendChild(el('div', { class: 'message error' }, el('p', null, t('uploadWrongType', { file: file.name }))));
      return;
    }
    const message = el('div', { class: 'message', 'data-state': 'sending' }, el('p', null, t('uploadSending', { file: file.name })));
    result.appendChild(message);
    try {
      const response = await api(API + '/analyses?format=json&lang=' + lang + '&name=' + encodeURIComponent(file.name.slice(0, 255)), {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: file
      });
      clear(message);
      if (!response.ok) {
        const refused = await refusal(response);
        message.className = 'message error';
        message.dataset.state = 'refused';
        append(message, [el('p', null, t('uploadRefused', { file: file.name, status: refused.status, error: refused.error })),
          problemList(refused.problems)]);
        return;
      }
      const body = await response.json();
      message.className = 'message ok';
      message.dataset.state = 'done';
      if (Array.isArray(body.analyses)) {
        append(message, [el('p', null, t('uploadBatch', { file: file.name, count: body.analyses.length })),
          el('ul', null, body.analyses.map((a) => el('li', null, el('a', { href: hostHref(a.host) }, a.host))))]);
      } else {
        const count = Array.isArray(body.findings) ? body.findings.length : 0;
        const text = t('uploadDone', { file: file.name, host: '\u0000', count });
        const [before, after] = text.split('\u0000');
        message.appendChild(el('p', null, before, el('a', { href: hostHref(body.host), class: 'uploaded-host' }, body.host), after));
      }
    } catch (e) {
      clear(message);
      message.className = 'message error';
      message.dataset.state = 'failed';
      message.appendChild(el('p', null, t('uploadFailed', { file: file.name, error: e.message })));
    }
  }

  function setUpDropZone() {
    const zone = document.getElementById('upload');
    const over = (event) => {
      if (event.dataTransfer && Array.from(event.dataTransfer.types || []).includes('Files')) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        zone.classList.add('dragging');
      }
    };
    zone.addEventListener('dragenter', over);
    zone.addEventListener('dragover', over);
    zone.addEventListener('dragleave', (event) => {
      if (!zone.contains(event.relatedTarget)) {
        zone.classList.remove('dragging');
      }
    });
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('dragging');
      if (event.dataTransfer && event.dataTransfer.files.length) {
        uploadFiles(event.dataTransfer.files);
      }
    });
    // a file dropped beside the zone must not make the browser leave the page to open it
    window.addEventListener('dragover', (event) => event.preventDefault());
    window.addEventListener('drop', (event) => event.preventDefault());
    document.getElementById('upload-input').addEventListener('change', (event) => {
      if (event.target.files.length) {
        uploadFiles(event.target.files);
      }
    });
  }

  // ---------------------------------------------------------------- start

  function changeLanguage(value) {
    lang = value === 'fr' ? 'fr' : 'en';
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch (e) {
      // the choice lasts as long as the page
    }
    applyStaticStrings();
    document.getElementById('upload-result').textContent = '';
    firstRoute = true;
    route();
  }

  function start() {
    applyStaticStrings();
    document.getElementById('lang').addEventListener('change', (event) => changeLanguage(event.target.value));
    document.getElementById('token-form').addEventListener('submit', tokenGiven);
    document.querySelectorAll('#fleet-table thead button').forEach((button) =>
      button.addEventListener('click', () => sortBy(button.dataset.sort)));
    document.getElementById('filters').addEventListener('change', () => renderFleet());
    document.getElementById('filters').addEventListener('submit', (event) => event.preventDefault());
    document.getElementById('explain-input').addEventListener('input', explainSoon);
    // the skip link must not change the hash, which names the view
    document.getElementById('skip-link').addEventListener('click', (event) => {
      event.preventDefault();
      document.getElementById('main').focus();
    });
    setUpDropZone();
    window.addEventListener('hashchange', route);
    // collectors keep reporting: the fleet refreshes itself while it is in view, unless a row has the focus
    setInterval(() => {
      const body = document.getElementById('fleet-body');
      if (!document.hidden && !document.getElementById('view-fleet').hidden && !body.contains(document.activeElement)) {
        loadFleet();
      }
    }, 60000);
    route();
    document.body.dataset.ready = 'true';
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
