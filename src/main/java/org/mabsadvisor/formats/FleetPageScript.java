package org.mabsadvisor.formats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The fleet page's only script, inline (the page stays one file, and fetches nothing): the host
 * table sorts on a click of a column heading and filters on what is typed above it, and a host's
 * details, kept as text in a script element of a type no browser runs ({@link #HOST_TYPE}), are
 * made into elements and put on the page when its link is followed. That keeps a page of thousands
 * of hosts as fast to open as its table. The page's Content-Security-Policy allows this script by its SHA-256 and
 * nothing else; {@code ?filter=TEXT&sort=COLUMN&order=asc|desc} and {@code #host-N} in the address
 * set the same state, which is how a headless browser test drives it.
 */
final class FleetPageScript {
    private FleetPageScript() {
    }

    /**
     * The type of the script elements that hold each host's section as text: a type no browser runs,
     * whose content the HTML parser keeps as one text node (a template's would be parsed into
     * elements, which for 10,000 hosts is most of the page's cost).
     */
    static final String HOST_TYPE = "text/x-mabs-host";

    static final String SCRIPT = """
            (function () {
              'use strict';
              var table = document.querySelector('table.hosts');
              var filter = document.getElementById('host-filter');
              if (!table || !filter) { return; }
              var body = table.tBodies[0];
              var heads = table.tHead.rows[0].cells;
              function key(row, col) {
                var text = row.cells[col] ? row.cells[col].textContent : '';
                return col >= 2 ? (parseInt(text, 10) || 0) : text.toLowerCase();
              }
              function sort(col, order) {
                var rows = Array.prototype.slice.call(body.rows);
                var sign = order === 'desc' ? -1 : 1;
                rows.sort(function (a, b) {
                  var x = key(a, col), y = key(b, col);
                  return x < y ? -sign : x > y ? sign : 0;
                });
                rows.forEach(function (r) { body.appendChild(r); });
                for (var i = 0; i < heads.length; i++) {
                  if (i === col) { heads[i].setAttribute('aria-sort', order === 'desc' ? 'descending' : 'ascending'); }
                  else { heads[i].removeAttribute('aria-sort'); }
                }
              }
              function apply(text) {
                var needle = text.trim().toLowerCase();
                var shown = 0;
                Array.prototype.forEach.call(body.rows, function (r) {
                  var match = needle === '' || r.textContent.toLowerCase().indexOf(needle) >= 0;
                  r.hidden = !match;
                  shown += match ? 1 : 0;
                });
                var count = document.getElementById('host-count');
                if (count) { count.textContent = String(shown); }
              }
              function show(id) {
                if (!/^host-[0-9]+$/.test(id) || document.getElementById(id)) { return; }
                var holder = document.getElementById('t-' + id);
                if (!holder || holder.type !== 'text/x-mabs-host') { return; }
                var template = document.createElement('template');
                template.innerHTML = holder.textContent;
                document.getElementById('host-details').appendChild(template.content);
                var section = document.getElementById(id);
                if (section && section.scrollIntoView) { section.scrollIntoView(); }
              }
              Array.prototype.forEach.call(heads, function (th, col) {
                th.tabIndex = 0;
                function click() { sort(col, th.getAttribute('aria-sort') === 'ascending' ? 'desc' : 'asc'); }
                th.addEventListener('click', click);
                th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { click(); } });
              });
              filter.addEventListener('input', function () { apply(filter.value); });
              window.addEventListener('hashchange', function () { show(location.hash.slice(1)); });
              var params = new URLSearchParams(location.search);
              if (params.get('filter')) { filter.value = params.get('filter'); apply(filter.value); }
              if (params.get('sort')) {
                for (var i = 0; i < heads.length; i++) {
                  if (heads[i].getAttribute('data-key') === params.get('sort')) { sort(i, params.get('order') || 'asc'); }
                }
              }
              show(location.hash.slice(1));
              if (params.get('host')) { show(params.get('host')); }
            })();
            """;

    /**
     * The script element's text: in a CDATA section behind line comments, so that the page stays
     * well-formed XML (the script compares with {@code <}) and the browser runs it as it is.
     */
    static final String ELEMENT_TEXT = "\n//<![CDATA[\n" + SCRIPT + "//]]>\n";

    /** The CSP source that allows exactly this script element. */
    static final String HASH = "'sha256-" + sha256(ELEMENT_TEXT) + "'";

    static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
