// Test helper: parses PowerShell sources with the tree-sitter PowerShell grammar and prints their
// syntax trees as JSON, so that the Java tests can check the collector script and its spec commands.
// Input (stdin): [{"name": "...", "text": "..."}, ...]
// Output (stdout): [{"name", "errors": [{"line", "column", "text"}], "tree": node}, ...] where a node is
// {"type", "field", "start", "end", "line", "children"} (named nodes only; start/end index the text
// in UTF-16 code units, as Java strings do; line is 1-based).
'use strict';
// The grammar's WebAssembly is large: V8's optimizing compiler would spend seconds on it for a parse
// that takes milliseconds. The baseline compiler is enough here.
require('v8').setFlagsFromString('--liftoff-only');
const { Parser, Language } = require('web-tree-sitter');

// Walks with a cursor: asking each node for its children and their field names is far slower.
function toJson(cursor) {
  const node = cursor.currentNode;
  const json = { type: node.type, field: cursor.currentFieldName || null, start: node.startIndex, end: node.endIndex,
                 line: node.startPosition.row + 1, children: [] };
  if (cursor.gotoFirstChild()) {
    do {
      const child = toJson(cursor);
      if (cursor.currentNode.isNamed) {
        json.children.push(child);
      } else {
        json.children.push(...child.children);
      }
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  return json;
}

function errorsOf(node, text, out) {
  if (node.type === 'ERROR' || node.isMissing) {
    out.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1,
               text: node.isMissing ? 'missing ' + node.type : text.slice(node.startIndex, node.endIndex).slice(0, 80) });
    return;
  }
  for (let i = 0; i < node.childCount; i++) {
    errorsOf(node.child(i), text, out);
  }
}

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  const sources = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  await Parser.init();
  const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  const results = sources.map(source => {
    const tree = parser.parse(source.text);
    const errors = [];
    errorsOf(tree.rootNode, source.text, errors);
    if (tree.rootNode.hasError && errors.length === 0) {
      errors.push({ line: 1, column: 1, text: 'syntax error' });
    }
    return { name: source.name, errors, tree: toJson(tree.walk()) };
  });
  process.stdout.write(JSON.stringify(results));
}

main().catch(e => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
