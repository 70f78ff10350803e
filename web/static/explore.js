// kg's explorer: a view of the graph over the GraphQL API at /graphql (the
// same queries any client sends), drawn with Cytoscape.js, which kg serves
// itself. Everything the view shows is in the URL, so a link reproduces it.
//
// The page exposes window.kgExplorer for the browser test: its state, the
// Cytoscape instance, and body[data-busy] says when requests are pending.
(function () {
  'use strict';

  var TYPES = ['PERSON', 'ORGANIZATION', 'STATE', 'PLACE', 'AGREEMENT', 'MEETING', 'EVENT'];
  var NODE_STYLE = {
    PERSON: ['#2563eb', 'ellipse'], ORGANIZATION: ['#16a34a', 'round-rectangle'], STATE: ['#9333ea', 'hexagon'],
    PLACE: ['#d97706', 'triangle'], AGREEMENT: ['#0891b2', 'diamond'], MEETING: ['#db2777', 'round-tag'],
    EVENT: ['#dc2626', 'star']
  };
  var RELATIONS = ['HOLDS_ROLE', 'PART_OF', 'HELD', 'ATTENDED', 'CONDEMNED', 'OCCURRED_IN', 'PARTY_TO', 'REFERENCES'];
  var EDGE_COLOUR = {
    HOLDS_ROLE: '#2563eb', PART_OF: '#16a34a', HELD: '#db2777', ATTENDED: '#f472b6', CONDEMNED: '#dc2626',
    OCCURRED_IN: '#d97706', PARTY_TO: '#0891b2', REFERENCES: '#6b7280'
  };
  // A type's neighbours beyond this count are counted as "1000+": the
  // API's limit for one neighbourhood.
  var COUNT_LIMIT = 1000;

  var state = { id: '', limit: 100, off: [], from: '', to: '', expanded: [], path: '', sel: '' };
  var edgeDates = {}; // relationship id -> {first, last}
  var pending = 0;
  var $ = function (id) { return document.getElementById(id); };

  // --- requests -----------------------------------------------------------

  function busy(d) {
    pending += d;
    document.body.dataset.busy = pending > 0 ? '1' : '0';
  }

  function gql(query, variables) {
    busy(1);
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: query, variables: variables || {} })
    }).then(function (r) { return r.json(); }).then(function (res) {
      busy(-1);
      if (res.errors && res.errors.length) {
        var e = res.errors[0];
        var code = e.extensions && e.extensions.code ? e.extensions.code + ': ' : '';
        if (!res.data) { throw new Error(code + e.message); }
        status(code + e.message, true);
      }
      return res.data;
    }, function (err) { busy(-1); throw err; });
  }

  function status(msg, error) {
    var s = $('status');
    s.textContent = msg;
    s.className = 'status' + (error ? ' error' : '');
  }

  function fail(err) { status(String(err.message || err), true); }

  // --- URL state ----------------------------------------------------------

  function readURL() {
    var p = new URLSearchParams(location.search);
    state.id = p.get('id') || '';
    state.limit = parseInt(p.get('limit'), 10) || 100;
    state.off = (p.get('off') || '').split(',').filter(Boolean);
    state.from = p.get('from') || '';
    state.to = p.get('to') || '';
    state.expanded = (p.get('expand') || '').split(',').filter(Boolean);
    state.path = p.get('path') || '';
    state.sel = p.get('sel') || '';
  }

  function writeURL() {
    var p = new URLSearchParams();
    if (state.id) { p.set('id', state.id); }
    if (state.limit !== 100) { p.set('limit', String(state.limit)); }
    if (state.off.length) { p.set('off', state.off.join(',')); }
    if (state.from) { p.set('from', state.from); }
    if (state.to) { p.set('to', state.to); }
    if (state.expanded.length) { p.set('expand', state.expanded.join(',')); }
    if (state.path) { p.set('path', state.path); }
    if (state.sel) { p.set('sel', state.sel); }
    var q = p.toString();
    history.replaceState(null, '', location.pathname + (q ? '?' + q : ''));
  }

  // --- search with suggestions -------------------------------------------

  function suggest(input, list, onPick) {
    var hits = [], active = -1, timer = null, seq = 0;
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      active = -1;
    }
    function render() {
      list.innerHTML = '';
      hits.forEach(function (h, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', i === active ? 'true' : 'false');
        li.textContent = h.entity.name;
        var small = document.createElement('small');
        small.textContent = h.entity.__typename;
        li.appendChild(small);
        li.addEventListener('mousedown', function (ev) { ev.preventDefault(); pick(i); });
        list.appendChild(li);
      });
      list.hidden = hits.length === 0;
      input.setAttribute('aria-expanded', hits.length ? 'true' : 'false');
      if (active >= 0) { input.setAttribute('aria-activedescendant', list.id + '-' + active); }
    }
    function pick(i) {
      var h = hits[i];
      if (!h) { return; }
      input.value = h.entity.name;
      close();
      onPick(h.entity.id);
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (!text) { hits = []; close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        gql('query($q: String!) { search(query: $q, first: 8) { score entity { __typename id name } } }', { q: text })
          .then(function (d) {
            if (mine !== seq) { return; } // a later keystroke asked again
            hits = d.search;
            active = hits.length ? 0 : -1;
            render();
          }).catch(fail);
      }, 120);
    });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown' && hits.length) { active = (active + 1) % hits.length; render(); ev.preventDefault(); }
      else if (ev.key === 'ArrowUp' && hits.length) { active = (active + hits.length - 1) % hits.length; render(); ev.preventDefault(); }
      else if (ev.key === 'Enter') { pick(active < 0 ? 0 : active); ev.preventDefault(); }
      else if (ev.key === 'Escape') { close(); }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  }

  // --- the graph ----------------------------------------------------------

  var cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    maxZoom: 2.5,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 120,
        'text-valign': 'bottom', 'text-margin-y': 3, 'width': 18, 'height': 18,
        'background-color': function (n) { return (NODE_STYLE[n.data('type')] || ['#999'])[0]; },
        'shape': function (n) { return (NODE_STYLE[n.data('type')] || [0, 'ellipse'])[1]; }
      } },
      { selector: 'node.centre', style: { 'width': 30, 'height': 30, 'border-width': 3, 'border-color': '#111', 'font-weight': 'bold', 'font-size': 11 } },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#555' } },
      { selector: 'edge', style: {
        'width': 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7,
        'line-color': function (e) { return EDGE_COLOUR[e.data('type')] || '#999'; },
        'target-arrow-color': function (e) { return EDGE_COLOUR[e.data('type')] || '#999'; }
      } },
      { selector: 'edge.path', style: { 'width': 5, 'line-color': '#facc15', 'target-arrow-color': '#ca8a04', 'z-index': 10 } },
      { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#facc15' } },
      { selector: ':selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.25 } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });

  function nodeElement(n) {
    return { group: 'nodes', data: { id: n.id, label: n.label || n.name, name: n.name, type: n.type } };
  }

  function edgeElement(e) {
    return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, relationship: e.relationship } };
  }

  function add(nodes, edges) {
    var els = [];
    nodes.forEach(function (n) { if (cy.getElementById(n.id).empty()) { els.push(nodeElement(n)); } });
    var ids = {};
    nodes.forEach(function (n) { ids[n.id] = true; });
    edges.forEach(function (e) {
      if (cy.getElementById(e.id).empty() && (ids[e.source] || cy.getElementById(e.source).nonempty()) &&
          (ids[e.target] || cy.getElementById(e.target).nonempty())) {
        els.push(edgeElement(e));
      }
    });
    cy.add(els);
  }

  var GRAPH_FIELDS = 'nodes { id label name type } edges { id source target type relationship } truncated';

  // neighbourhood reads the neighbours of id, a fair sample across relation
  // types when they are more than limit: a request per type asks for its
  // neighbours (up to COUNT_LIMIT, which also counts them), then each type
  // gets an equal share of the limit in turn, a type with fewer neighbours
  // giving what it leaves to the others. It returns the nodes, the edges
  // and, per type, how many neighbours there are and how many are shown.
  function neighbourhood(id, limit) {
    // One request per type, in parallel: each is within the API's
    // complexity limit, which all eight in one would exceed.
    return Promise.all(RELATIONS.map(function (t) {
      return gql('query($id: ID!) { g: neighborhood(ids: [$id], depth: 1, relations: [' + t + '], limit: ' + COUNT_LIMIT +
        ') { ' + GRAPH_FIELDS + ' } }', { id: id }).then(function (d) { return d.g; });
    })).then(function (graphs) {
      var d = {};
      RELATIONS.forEach(function (t, i) { d[t] = graphs[i]; });
      var per = {};
      RELATIONS.forEach(function (t) {
        var g = d[t] || { nodes: [], edges: [], truncated: false };
        per[t] = { graph: g, neighbours: g.nodes.filter(function (n) { return n.id !== id; }), shown: 0 };
      });
      var chosen = {}, left = limit - 1, progress = true;
      chosen[id] = true;
      while (left > 0 && progress) {
        progress = false;
        RELATIONS.forEach(function (t) {
          var p = per[t];
          while (left > 0 && p.shown < p.neighbours.length) {
            var n = p.neighbours[p.shown++];
            if (!chosen[n.id]) { chosen[n.id] = true; left--; progress = true; break; }
          }
        });
      }
      var nodes = [], edges = [], seen = {};
      RELATIONS.forEach(function (t) {
        per[t].graph.nodes.forEach(function (n) { if (chosen[n.id] && !seen[n.id]) { seen[n.id] = true; nodes.push(n); } });
        per[t].graph.edges.forEach(function (e) { if (chosen[e.source] && chosen[e.target]) { edges.push(e); } });
      });
      var report = RELATIONS.map(function (t) {
        var p = per[t];
        return { type: t, total: p.neighbours.length, more: p.graph.truncated, shown: p.shown };
      });
      return { nodes: nodes, edges: edges, report: report };
    });
  }

  function showSample(report) {
    var cut = report.filter(function (r) { return r.shown < r.total || r.more; });
    var el = $('sample');
    if (!cut.length) { el.textContent = ''; el.dataset.leftOut = '0'; return; }
    var leftOut = 0;
    var text = cut.map(function (r) {
      leftOut += r.total - r.shown;
      return r.type + ' ' + r.shown + ' of ' + r.total + (r.more ? '+' : '');
    });
    el.dataset.leftOut = String(leftOut);
    el.textContent = 'Neighbourhood cut to ' + state.limit + ' entities, a fair share of each relation type: ' +
      text.join(', ') + ' — ' + leftOut + (cut.some(function (r) { return r.more; }) ? '+' : '') +
      ' neighbours left out. Raise the limit, filter by relation, or expand a node to see more.';
  }

  function layout(animate) {
    var n = cy.nodes(':visible').length;
    var opts = n > 150 || !animate
      ? { name: 'concentric', animate: false, minNodeSpacing: 6,
          concentric: function (node) { return node.hasClass('centre') ? 3 : node.hasClass('expanded') ? 2 : 1; },
          levelWidth: function () { return 1; } }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 70; } };
    var shown = cy.elements(':visible');
    shown.layout(opts).run();
    cy.fit(shown, 30);
  }

  function drawCentre(id) {
    var t0 = performance.now();
    status('reading the neighbourhood of ' + id + '…');
    return neighbourhood(id, state.limit).then(function (g) {
      cy.elements().remove();
      add(g.nodes, g.edges);
      cy.getElementById(id).addClass('centre');
      showSample(g.report);
      return loadDates().then(function () {
        applyFilters();
        layout(false);
        var ms = Math.round(performance.now() - t0);
        window.kgExplorer.lastDrawMs = ms;
        status(cy.nodes(':visible').length + ' entities, ' + cy.edges(':visible').length + ' relationships shown, drawn in ' + ms + ' ms');
      });
    });
  }

  function expand(id) {
    var share = Math.max(10, Math.round(state.limit / 4));
    return neighbourhood(id, share).then(function (g) {
      add(g.nodes, g.edges);
      cy.getElementById(id).addClass('expanded');
      if (state.expanded.indexOf(id) < 0) { state.expanded.push(id); writeURL(); }
      return loadDates();
    }).then(function () {
      applyFilters();
      layout(true);
      status(cy.nodes(':visible').length + ' entities, ' + cy.edges(':visible').length + ' relationships shown');
    });
  }

  // loadDates reads the first and last seen dates of the drawn edges that
  // lack them, 100 relationships a request (the API's bound for nodes).
  function loadDates() {
    var ids = [];
    cy.edges().forEach(function (e) {
      var r = e.data('relationship');
      if (r && !edgeDates[r] && ids.indexOf(r) < 0) { ids.push(r); }
    });
    var chunks = [];
    for (var i = 0; i < ids.length; i += 100) { chunks.push(ids.slice(i, i + 100)); }
    return Promise.all(chunks.map(function (c) {
      return gql('query($ids: [ID!]!) { nodes(ids: $ids) { id ' +
        '... on Relationship { firstSeen lastSeen } ... on Role { firstSeen lastSeen } ... on Condemnation { firstSeen lastSeen } } }',
      { ids: c }).then(function (d) {
        d.nodes.forEach(function (n) { if (n) { edgeDates[n.id] = { first: n.firstSeen || '', last: n.lastSeen || '' }; } });
      });
    }));
  }

  // applyFilters hides the edges of unticked relation types and those seen
  // wholly outside the date range (and undated ones once a range is set),
  // then the nodes that no visible edge reaches, but the centre and the
  // ends of a drawn path.
  function applyFilters() {
    cy.batch(function () {
      cy.elements().removeClass('hidden');
      cy.edges().forEach(function (e) {
        var hide = state.off.indexOf(e.data('type')) >= 0;
        if (!hide && (state.from || state.to)) {
          var d = edgeDates[e.data('relationship')] || { first: '', last: '' };
          hide = !d.first || (state.to && d.first > state.to) || (state.from && d.last < state.from);
        }
        if (hide && !e.hasClass('path')) { e.addClass('hidden'); }
      });
      cy.nodes().forEach(function (n) {
        if (n.hasClass('centre') || n.hasClass('path')) { return; }
        if (n.connectedEdges().filter(function (e) { return !e.hasClass('hidden'); }).empty()) { n.addClass('hidden'); }
      });
    });
    window.kgExplorer.visible = { nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length };
  }

  // --- card and evidence --------------------------------------------------

  var CONDEMNATIONS = 'ci: condemnationsIssued { id by { name } target { name } firstSeen } ' +
    'cr: condemnationsReceived { id by { name } target { name } firstSeen }';
  var CARD = 'query($id: ID!) { node(id: $id) { __typename id ' +
    '... on Entity { name aliases documents { id title published } } ' +
    '... on Person { roles { id role firstSeen lastSeen organization { id name } } ' + CONDEMNATIONS + ' } ' +
    '... on Organization { officeHolders { id role firstSeen lastSeen holder { id name } } ' + CONDEMNATIONS + ' } ' +
    '... on State { officeHolders { id role firstSeen lastSeen holder { id name } } ' + CONDEMNATIONS + ' } } }';

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function span(first, last) {
    if (!first) { return 'undated'; }
    return first === last ? first : first + ' – ' + last;
  }

  function evidenceLink(id, text) {
    var b = el('button', text, 'link');
    b.type = 'button';
    b.addEventListener('click', function () { showEvidence(id); });
    return b;
  }

  function showCard(id) {
    return gql(CARD, { id: id }).then(function (d) {
      var n = d.node, card = $('card');
      card.innerHTML = '';
      if (!n) { card.appendChild(el('p', 'No entity ' + id)); return; }
      var type = el('span', n.__typename, 'type');
      type.style.background = (NODE_STYLE[n.__typename.toUpperCase()] || ['#999'])[0];
      card.appendChild(type);
      var h = el('h2', n.name);
      h.id = 'card-name';
      card.appendChild(h);
      card.appendChild(el('div', n.id, 'doc'));
      if (n.aliases && n.aliases.length) {
        card.appendChild(el('h3', 'Also named'));
        card.appendChild(el('div', n.aliases.join(' · ')));
      }
      var roles = n.roles || n.officeHolders || [];
      if (roles.length) {
        card.appendChild(el('h3', n.roles ? 'Roles' : 'Office holders'));
        var ul = el('ul', undefined, 'plain');
        roles.forEach(function (r) {
          var li = el('li');
          li.appendChild(evidenceLink(r.id, r.role + ', ' + (r.organization ? r.organization.name : r.holder.name)));
          li.appendChild(el('span', ' (' + span(r.firstSeen, r.lastSeen) + ')', 'doc'));
          ul.appendChild(li);
        });
        card.appendChild(ul);
      }
      var condemnations = (n.ci || []).concat(n.cr || []);
      if (condemnations.length) {
        card.appendChild(el('h3', 'Condemnations'));
        var cl = el('ul', undefined, 'plain');
        condemnations.forEach(function (c) {
          var li = el('li');
          li.appendChild(evidenceLink(c.id, c.by.name + ' condemned ' + c.target.name));
          li.appendChild(el('span', ' (' + (c.firstSeen || 'undated') + ')', 'doc'));
          cl.appendChild(li);
        });
        card.appendChild(cl);
      }
      card.appendChild(el('h3', 'Documents (' + n.documents.length + ')'));
      var dl = el('ul', undefined, 'plain');
      n.documents.forEach(function (doc) { dl.appendChild(el('li', (doc.published || 'undated') + ' · ' + doc.title)); });
      card.appendChild(dl);
    });
  }

  var EVIDENCE_FIELDS = 'firstSeen lastSeen confidence evidence { text confidence document { id title published publisher } }';
  var EVIDENCE = 'query($id: ID!) { node(id: $id) { __typename id ' +
    '... on Relationship { type relRole: role source { name } target { name } concerning { name } ' + EVIDENCE_FIELDS + ' } ' +
    '... on Role { role holder { name } organization { name } ' + EVIDENCE_FIELDS + ' } ' +
    '... on Condemnation { by { name } target { name } concerning { name } ' + EVIDENCE_FIELDS + ' } } }';

  function showEvidence(id) {
    state.sel = id;
    writeURL();
    return gql(EVIDENCE, { id: id }).then(function (d) {
      var n = d.node, box = $('evidence');
      box.innerHTML = '';
      if (!n) { box.appendChild(el('p', 'No relationship ' + id)); return; }
      var title;
      if (n.__typename === 'Role') { title = n.holder.name + ' — ' + n.role + ', ' + n.organization.name; }
      else if (n.__typename === 'Condemnation') { title = n.by.name + ' condemned ' + n.target.name + (n.concerning ? ' about ' + n.concerning.name : ''); }
      else { title = n.source.name + ' ' + n.type + (n.relRole ? ' (' + n.relRole + ')' : '') + ' ' + n.target.name; }
      box.appendChild(el('h3', 'Evidence'));
      box.appendChild(el('h2', title));
      box.appendChild(el('div', 'seen ' + span(n.firstSeen, n.lastSeen) + (n.confidence ? ' · confidence ' + n.confidence : ''), 'doc'));
      var docs = {};
      n.evidence.forEach(function (ev) {
        docs[ev.document.id] = ev.document;
        var q = el('blockquote', ev.text || '(the extraction kept no sentence)');
        q.className = 'sentence';
        box.appendChild(q);
        box.appendChild(el('div', ev.document.title + ' · ' + (ev.document.published || 'undated') +
          (ev.document.publisher ? ' · ' + ev.document.publisher : ''), 'doc'));
      });
      var ids = Object.keys(docs);
      box.appendChild(el('h3', 'Stated by ' + ids.length + ' document' + (ids.length === 1 ? '' : 's')));
      var ul = el('ul', undefined, 'plain');
      ids.forEach(function (k) { ul.appendChild(el('li', docs[k].title + ' (' + (docs[k].published || 'undated') + ')')); });
      box.appendChild(ul);
    });
  }

  // --- path finder --------------------------------------------------------

  function drawPath(to) {
    if (!state.id || !to) { return Promise.resolve(); }
    return gql('query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4, first: 3) { length ' +
      'nodes { __typename id name } relationships { id type source { id } target { id } } } }', { from: state.id, to: to })
      .then(function (d) {
        cy.elements().removeClass('path');
        if (!d.path.length) { status('no path of at most 4 hops to ' + to); window.kgExplorer.pathEdges = 0; return; }
        var nodes = [], edges = [];
        d.path.forEach(function (p) {
          p.nodes.forEach(function (n) { nodes.push({ id: n.id, name: n.name, type: n.__typename.toUpperCase() }); });
          p.relationships.forEach(function (r) {
            var existing = cy.edges('[relationship = "' + r.id + '"]');
            if (existing.nonempty()) { existing.addClass('path'); return; }
            edges.push({ id: r.id, source: r.source.id, target: r.target.id, type: r.type, relationship: r.id });
          });
        });
        add(nodes, edges);
        d.path.forEach(function (p) {
          p.nodes.forEach(function (n) { cy.getElementById(n.id).addClass('path'); });
          p.relationships.forEach(function (r) { cy.edges('[relationship = "' + r.id + '"]').addClass('path'); });
        });
        window.kgExplorer.pathEdges = cy.edges('.path').length;
        // A view restored from its URL names the path's end here too.
        var ends = d.path[0].nodes;
        if (!$('pq').value) { $('pq').value = ends[ends.length - 1].name; }
        return loadDates().then(function () {
          applyFilters();
          layout(true);
          status(d.path.length + ' shortest path(s) of ' + d.path[0].length + ' hops drawn in yellow');
        });
      });
  }

  // --- export of the view -------------------------------------------------

  function download(name, type, data) {
    var a = document.createElement('a');
    a.download = name;
    a.href = typeof data === 'string' && data.indexOf('data:') === 0 ? data : URL.createObjectURL(new Blob([data], { type: type }));
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function xmlEsc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  // viewGraphML writes the visible nodes and edges with the attributes of
  // kg export's GraphML (those the view holds).
  function viewGraphML() {
    var out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
      '  <key id="n0" for="node" attr.name="type" attr.type="string"/>',
      '  <key id="n1" for="node" attr.name="name" attr.type="string"/>',
      '  <key id="e0" for="edge" attr.name="type" attr.type="string"/>',
      '  <key id="e3" for="edge" attr.name="firstSeen" attr.type="string"/>',
      '  <key id="e4" for="edge" attr.name="lastSeen" attr.type="string"/>',
      '  <graph id="kg-view" edgedefault="directed">'];
    cy.nodes(':visible').forEach(function (n) {
      out.push('    <node id="' + xmlEsc(n.id()) + '"><data key="label">' + xmlEsc(n.data('label')) + '</data><data key="n0">' +
        xmlEsc(n.data('type')) + '</data><data key="n1">' + xmlEsc(n.data('name')) + '</data></node>');
    });
    cy.edges(':visible').forEach(function (e) {
      var d = edgeDates[e.data('relationship')] || {};
      out.push('    <edge id="' + xmlEsc(e.id()) + '" source="' + xmlEsc(e.data('source')) + '" target="' + xmlEsc(e.data('target')) +
        '"><data key="e0">' + xmlEsc(e.data('type')) + '</data>' + (d.first ? '<data key="e3">' + d.first + '</data><data key="e4">' + d.last + '</data>' : '') + '</edge>');
    });
    out.push('  </graph>', '</graphml>', '');
    return out.join('\n');
  }

  function viewCytoscapeJSON() {
    return JSON.stringify({
      format_version: '1.0', generated_by: 'kg explorer', target_cytoscapejs_version: '~3.33',
      data: { name: 'kg view', url: location.href }, directed: true, multigraph: true,
      elements: {
        nodes: cy.nodes(':visible').map(function (n) { return { data: Object.assign({ value: n.id() }, n.data()), position: n.position() }; }),
        edges: cy.edges(':visible').map(function (e) { return { data: Object.assign({ key: e.id() }, e.data()) }; })
      }
    }, null, 1);
  }

  window.kgExplorer = { cy: cy, state: state, viewGraphML: viewGraphML, viewCytoscapeJSON: viewCytoscapeJSON };

  // --- wiring -------------------------------------------------------------

  function legend() {
    var l = $('legend');
    TYPES.forEach(function (t) {
      var s = el('span');
      var i = el('i');
      i.style.background = NODE_STYLE[t][0];
      s.appendChild(i);
      s.appendChild(document.createTextNode(t.charAt(0) + t.slice(1).toLowerCase()));
      l.appendChild(s);
    });
    l.appendChild(el('br'));
    RELATIONS.forEach(function (t) {
      var s = el('span');
      var i = el('i', undefined, 'edge');
      i.style.background = EDGE_COLOUR[t];
      s.appendChild(i);
      s.appendChild(document.createTextNode(t));
      l.appendChild(s);
    });
    var box = $('types');
    RELATIONS.forEach(function (t) {
      var lab = el('label');
      var cb = el('input');
      cb.type = 'checkbox';
      cb.value = t;
      cb.checked = state.off.indexOf(t) < 0;
      cb.addEventListener('change', function () {
        state.off = RELATIONS.filter(function (r) { return !box.querySelector('input[value="' + r + '"]').checked; });
        writeURL();
        applyFilters();
      });
      var sw = el('span', undefined, 'swatch');
      sw.style.background = EDGE_COLOUR[t];
      lab.appendChild(cb);
      lab.appendChild(sw);
      lab.appendChild(document.createTextNode(t.toLowerCase().replace(/_/g, ' ')));
      box.appendChild(lab);
    });
  }

  function centre(id) {
    state.id = id;
    state.expanded = [];
    state.path = '';
    writeURL();
    return Promise.all([showCard(id), drawCentre(id)]).catch(fail);
  }

  // restore draws what the URL describes: the centre, each expanded node in
  // turn, the path, the selected relationship.
  function restore() {
    legend();
    $('limit').value = String(state.limit);
    $('from').value = state.from;
    $('to').value = state.to;
    if (!state.id) { return; }
    var expanded = state.expanded.slice();
    var chain = Promise.all([showCard(state.id), drawCentre(state.id)]);
    expanded.forEach(function (id) { chain = chain.then(function () { return expand(id); }); });
    if (state.path) { chain = chain.then(function () { return drawPath(state.path); }); }
    if (state.sel) { chain = chain.then(function () { return showEvidence(state.sel); }); }
    chain.catch(fail);
  }

  var tapTimer = null;
  cy.on('tap', 'node', function (ev) {
    var id = ev.target.id();
    clearTimeout(tapTimer);
    // wait: a second tap makes it a double click, which recentres instead
    tapTimer = setTimeout(function () {
      showCard(id).catch(fail);
      expand(id).catch(fail);
    }, 250);
  });
  cy.on('dbltap', 'node', function (ev) {
    clearTimeout(tapTimer);
    centre(ev.target.id());
  });
  cy.on('tap', 'edge', function (ev) {
    showEvidence(ev.target.data('relationship') || ev.target.id()).catch(fail);
  });

  suggest($('q'), $('q-list'), centre);
  suggest($('pq'), $('pq-list'), function (id) {
    state.path = id;
    writeURL();
    drawPath(id).catch(fail);
  });
  $('limit').addEventListener('change', function () {
    state.limit = parseInt($('limit').value, 10);
    if (state.id) { centre(state.id); } else { writeURL(); }
  });
  ['from', 'to'].forEach(function (k) {
    $(k).addEventListener('change', function () {
      state[k] = $(k).value;
      writeURL();
      applyFilters();
      layout(false);
    });
  });
  $('clear-dates').addEventListener('click', function () {
    state.from = state.to = '';
    $('from').value = $('to').value = '';
    writeURL();
    applyFilters();
  });
  $('clear-path').addEventListener('click', function () {
    state.path = '';
    $('pq').value = '';
    cy.elements().removeClass('path');
    writeURL();
    applyFilters();
  });
  $('png').addEventListener('click', function () {
    download('kg-view.png', 'image/png', cy.png({ full: true, scale: 2, bg: '#ffffff' }));
  });
  $('graphml').addEventListener('click', function () { download('kg-view.graphml', 'application/graphml+xml', viewGraphML()); });
  $('cyjs').addEventListener('click', function () { download('kg-view.cyjs', 'application/json', viewCytoscapeJSON()); });

  readURL();
  restore();
})();
