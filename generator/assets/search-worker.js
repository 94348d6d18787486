/* The site's search worker: Chinese substring search in both scripts, for Material's
   search box.

   Why not Material's own worker: lunr matches whole index tokens, so a Chinese word is
   found only when jieba cut the text exactly where the reader's query starts and ends; a
   Simplified query never finds Traditional text; there are no paragraph entries; and with
   two script editions every hit is shown twice. Measured on the site's query table
   (tests/test_search_browser.py): 85 % page-level recall@5, 0 % paragraph-level.

   What this worker does instead (the index is made by generator/search.py):
   - loads the reader's edition's index (search/<script>.json; the edition is this
     script's URL fragment, #zh-Hant or #zh-Hans, set per page in overrides/main.html);
   - folds query and text alike (Traditional -> Simplified with the index's table,
     full-width -> ASCII, lower case; lengths never change, so positions carry over);
   - finds every query term as a substring (all terms must occur; a term found nowhere
     whole is split into the longest pieces the site's text contains);
   - ranks by rarity of the term, hits on whole words (the jieba word boundaries shipped in
     the index) over hits that straddle two words, and titles over body text;
   - answers in Material's message format: one result group per page, paragraphs as its
     sections, text as an escaped snippet around the hit with <mark>, and `terms` as the
     hit's own spelling in this edition, so Material's ?h= highlighting works on the page.

   Protocol (Material 9.8): {type: 0 SETUP, data} -> {type: 1 READY};
   {type: 2 QUERY, data: string} -> {type: 3 RESULT, data: {items, suggest}}. */
"use strict";

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var SNIPPET_BEFORE = 40, SNIPPET_LENGTH = 140;
var WEIGHT_TITLE = { page: 3, section: 2, paragraph: 0 };
var WEIGHT_STRADDLE = 0.4;   /* a hit that cuts through a word still counts, for less */
var SHOWN_PER_PAGE = 3;      /* paragraphs shown under a page before "N more on this page" */
var MAX_PAGES = 50;          /* result groups sent back (Material renders 10, more on scroll) */
var MAX_PER_PAGE = 20;       /* paragraphs sent back per page */

var script = decodeURIComponent(self.location.hash.slice(1)) || "zh-Hant";
var table = new Map();
var docs = [];
var pages = new Map();
var corpus = "";

function fold(text) {
  var out = "";
  for (var i = 0; i < text.length; i++) {
    var ch = text[i], code = ch.charCodeAt(0);
    if (code >= 0xFF01 && code <= 0xFF5E) ch = String.fromCharCode(code - 0xFEE0);
    else if (code === 0x3000) ch = " ";
    var lower = ch.toLowerCase();
    if (lower.length === 1) ch = lower;
    out += table.get(ch) || ch;
  }
  return out;
}

function escapeHTML(text) {
  return text.replace(/[&<>"']/g, function (ch) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[ch];
  });
}

function setup(data) {
  table = new Map();
  for (var i = 0; i + 1 < data.fold.length; i += 2) table.set(data.fold[i], data.fold[i + 1]);
  docs = data.docs.map(function (doc, order) {
    var title = doc.k === "paragraph" ? "" : doc.t;
    var bits = atob(doc.b);
    var bytes = new Uint8Array(bits.length);
    for (var i = 0; i < bits.length; i++) bytes[i] = bits.charCodeAt(i);
    return {
      location: doc.l, kind: doc.k, title: doc.t, text: doc.x, order: order,
      page: doc.l.split("#")[0], split: title.length,
      hay: fold(title + "\n" + doc.x), bits: bytes
    };
  });
  pages = new Map();
  docs.forEach(function (doc) { if (doc.kind === "page") pages.set(doc.location, doc); });
  corpus = docs.map(function (doc) { return doc.hay; }).join("\u0000");
}

function boundary(doc, position) {
  return (doc.bits[position >> 3] >> (position & 7)) & 1;
}

/* A term found nowhere whole: the longest pieces of it that the site's text contains. */
function pieces(term) {
  var out = [];
  for (var i = 0; i < term.length;) {
    var j = i + 1;
    if (corpus.indexOf(term.slice(i, j)) === -1) { i = j; continue; }
    while (j < term.length && corpus.indexOf(term.slice(i, j + 1)) !== -1) j++;
    out.push(term.slice(i, j));
    i = j;
  }
  return out;
}

function occurrences(doc, term) {
  var found = [];
  for (var p = doc.hay.indexOf(term); p !== -1; p = doc.hay.indexOf(term, p + 1)) found.push(p);
  return found;
}

/* Every doc with its hits per term; `need` = how many terms a doc must contain. */
function collect(terms, need) {
  var hits = [];
  var frequency = terms.map(function () { return 0; });
  docs.forEach(function (doc) {
    var per = terms.map(function (term) { return occurrences(doc, term); });
    var present = per.filter(function (list) { return list.length; }).length;
    if (present >= need && present > 0) {
      hits.push({ doc: doc, per: per, present: present });
      per.forEach(function (list, t) { if (list.length) frequency[t]++; });
    }
  });
  return { hits: hits, frequency: frequency };
}

function score(hit, terms, frequency) {
  var doc = hit.doc, total = 0;
  hit.per.forEach(function (list, t) {
    if (!list.length) return;
    var rarity = Math.log(1 + docs.length / frequency[t]);
    var text = 0, title = 0;
    list.forEach(function (p) {
      var whole = boundary(doc, p) && boundary(doc, p + terms[t].length);
      var weight = whole ? 1 : WEIGHT_STRADDLE;
      if (p < doc.split) title = Math.max(title, weight);
      else text += weight;
    });
    total += rarity * (Math.log2(1 + text) + WEIGHT_TITLE[doc.kind] * title);
  });
  return total * hit.present;
}

function marked(text, ranges) {
  var out = "", cursor = 0;
  ranges.forEach(function (range) {
    if (range[0] < cursor) return;
    out += escapeHTML(text.slice(cursor, range[0])) + "<mark>" + escapeHTML(text.slice(range[0], range[1])) + "</mark>";
    cursor = range[1];
  });
  return out + escapeHTML(text.slice(cursor));
}

function snippet(text, ranges) {
  if (!ranges.length) return text.length > SNIPPET_LENGTH ? escapeHTML(text.slice(0, SNIPPET_LENGTH)) + "…" : escapeHTML(text);
  var start = Math.max(0, ranges[0][0] - SNIPPET_BEFORE);
  var end = Math.min(text.length, start + SNIPPET_LENGTH);
  start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
  var inside = ranges
    .filter(function (r) { return r[0] >= start && r[1] <= end; })
    .map(function (r) { return [r[0] - start, r[1] - start]; });
  return (start > 0 ? "…" : "") + marked(text.slice(start, end), inside) + (end < text.length ? "…" : "");
}

function item(hit, terms, value) {
  var doc = hit.doc, titleRanges = [], textRanges = [], spelled = {};
  hit.per.forEach(function (list, t) {
    var length = terms[t].length;
    list.forEach(function (p) {
      if (p < doc.split) titleRanges.push([p, p + length]);
      else textRanges.push([p - doc.split - 1, p - doc.split - 1 + length]);
    });
    if (list.length) {
      var p = list[0];
      spelled[p < doc.split ? doc.title.slice(p, p + length) : doc.text.slice(p - doc.split - 1, p - doc.split - 1 + length)] = true;
    } else {
      spelled[terms[t]] = false;
    }
  });
  var byStart = function (a, b) { return a[0] - b[0] || b[1] - a[1]; };
  titleRanges.sort(byStart);
  textRanges.sort(byStart);
  return {
    location: doc.location,
    title: doc.kind === "paragraph" ? escapeHTML(doc.title) : marked(doc.title, titleRanges),
    text: snippet(doc.text, textRanges),
    score: value,
    terms: spelled
  };
}

function search(query) {
  var terms = fold(query).split(/\s+/).filter(function (term, i, all) {
    return term && all.indexOf(term) === i;
  });
  /* A lone Latin letter or digit matches nearly every paragraph: wait for the next key. */
  if (!terms.length || (terms.length === 1 && /^[a-z0-9]$/.test(terms[0]))) return { items: [], suggest: [] };
  var found = collect(terms, terms.length);
  if (!found.hits.length) {
    var split = [];
    terms.forEach(function (term) {
      (corpus.indexOf(term) === -1 ? pieces(term) : [term]).forEach(function (piece) {
        if (split.indexOf(piece) === -1) split.push(piece);
      });
    });
    if (split.length) {
      terms = split;
      found = collect(terms, terms.length);
      if (!found.hits.length) found = collect(terms, 1);
    }
  }
  /* Score every hit, then build result items (snippets, marks) only for what is sent. */
  var groups = new Map();
  found.hits.forEach(function (hit) {
    var value = score(hit, terms, found.frequency);
    var group = groups.get(hit.doc.page);
    if (!group) groups.set(hit.doc.page, group = { best: 0, order: hit.doc.order, hit: null, value: 0, scored: [] });
    group.best = Math.max(group.best, value);
    if (hit.doc.kind === "page") { group.hit = hit; group.value = value; }
    else group.scored.push({ hit: hit, value: value });
  });
  var byScore = function (a, b) { return b.value - a.value || a.hit.doc.order - b.hit.doc.order; };
  var ranked = Array.from(groups.entries())
    .map(function (entry) {
      entry[1].rank = entry[1].best + 0.01 * entry[1].scored.length;
      return entry;
    })
    .sort(function (a, b) { return b[1].rank - a[1].rank || a[1].order - b[1].order; })
    .slice(0, MAX_PAGES);
  var items = ranked
    .map(function (entry) {
      var group = entry[1];
      group.page = group.hit ? item(group.hit, terms, group.value) : null;
      group.children = group.scored.sort(byScore).slice(0, MAX_PER_PAGE).map(function (scored) {
        return item(scored.hit, terms, scored.value);
      });
      if (!group.page) {
        var page = pages.get(entry[0]);
        /* The page itself did not match: its link highlights what its best paragraph did. */
        group.page = { location: page.location, title: escapeHTML(page.title), text: "", score: 0, terms: group.children[0].terms };
      }
      /* Material shows a page's sections whose score reaches the first item's score and
         folds the rest under "N more on this page": show the best few, even when the
         page's title matched too (the order of pages is group.rank, not this score). */
      if (group.children.length)
        group.page.score = group.children[Math.min(SHOWN_PER_PAGE, group.children.length) - 1].score;
      return group;
    })
    .map(function (group) {
      return [group.page].concat(group.children);
    });
  return { items: items, suggest: [] };
}

var ready = null;

self.addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === SETUP) {
    var url = new URL("../../search/" + script + ".json", self.location.href);
    ready = fetch(url)
      .then(function (response) {
        if (!response.ok) throw new Error("search index " + url + ": HTTP " + response.status);
        return response.json();
      })
      .then(function (data) {
        setup(data);
        self.postMessage({ type: READY });
      });
  } else if (message.type === QUERY) {
    (ready || Promise.resolve()).then(function () {
      self.postMessage({ type: RESULT, data: search(message.data) });
    });
  }
});
