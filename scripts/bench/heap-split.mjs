// Splits a heap snapshot by what the JS heap holds (issue 19, target 5):
// the page's own JS objects and strings (what a page that holds on to
// finished scenarios would grow); bytecode, feedback and the other
// per-function records V8 keeps (these grow only when functions run for the
// first time, or when new functions are made, e.g. by eval); and machine code
// from V8's compilers, baseline (Sparkplug) and optimised (Maglev,
// TurboFan, with regexp code), which grows as functions run often enough to
// be compiled. In a snapshot, V8's records all have the node type "code";
// a compiled function is a "system / Code" node whose edges tell its tier.

/** The snapshot's nodes as { type, name, size, edges(i) } by index. */
function reader({ snapshot, nodes, edges, strings }) {
  const fields = snapshot.meta.node_fields;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt, edgeCountAt] = ['type', 'name', 'self_size', 'edge_count'].map((f) => fields.indexOf(f));
  const edgeWidth = snapshot.meta.edge_fields.length;
  const edgeTypes = snapshot.meta.edge_types[0];
  const count = nodes.length / width;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i += 1) {
    firstEdge[i] = e;
    e += nodes[i * width + edgeCountAt] * edgeWidth;
    firstEdge[i + 1] = e;
  }
  return {
    count,
    type: (i) => snapshot.meta.node_types[typeAt][nodes[i * width + typeAt]],
    name: (i) => strings[nodes[i * width + nameAt]],
    size: (i) => nodes[i * width + sizeAt],
    /** [edge name, target index] of node i; element and hidden edges have no name. */
    edges(i) {
      const out = [];
      for (let k = firstEdge[i]; k < firstEdge[i + 1]; k += edgeWidth) {
        const kind = edgeTypes[edges[k]];
        out.push([kind === 'element' || kind === 'hidden' ? '' : strings[edges[k + 1]], edges[k + 2] / width]);
      }
      return out;
    },
  };
}

/**
 * Bytes of the JS heap by kind, from a parsed heap snapshot: objects, V8's records (bytecode, feedback…), baseline and
 * optimised code, together about the heap's used size; and the canvases still alive, in the page or not (Phaser keeps
 * a pool of spare canvases for text).
 */
export function splitHeap(parsed) {
  const heap = reader(parsed);
  const counted = new Uint8Array(heap.count);
  const take = (i) => {
    if (counted[i]) return 0;
    counted[i] = 1;
    return heap.size(i);
  };
  const split = { objects: 0, records: 0, baseline: 0, optimised: 0, heldCanvases: 0 };
  // A compiled function's code: the Code object, its instructions and their tables (not the bytecode it was compiled from).
  for (let i = 0; i < heap.count; i += 1) {
    if (heap.name(i) !== 'system / Code') continue; // builtins are named after themselves and never grow
    const edges = heap.edges(i);
    const tier = edges.some(([name]) => name === 'bytecode_offset_table') ? 'baseline' : 'optimised';
    let bytes = take(i);
    for (const [name, to] of edges) {
      if (name === 'interpreter_data' || name === 'map') continue;
      bytes += take(to);
      // The instructions' relocation table, the deoptimisation data's tables.
      for (const [inner, below] of heap.edges(to))
        if (inner === 'relocation_info' || /^system \/ (Trusted|Protected)/.test(heap.name(below))) bytes += take(below);
    }
    split[tier] += bytes;
  }
  for (let i = 0; i < heap.count; i += 1) {
    if (counted[i]) continue;
    const type = heap.type(i);
    const name = heap.name(i);
    if (type === 'native' && name.startsWith('<canvas')) split.heldCanvases += 1;
    // V8's own records are "code", or "native" named "system / …" (maps of its records, property cells, lists of
    // code that depends on a map); Blink's objects, the text of external strings and synthetic nodes are not in the JS heap.
    if (type === 'code' || (type === 'native' && name.startsWith('system / ') && !name.startsWith('system / ExternalStringData')))
      split.records += heap.size(i);
    else if (type !== 'native' && type !== 'synthetic') split.objects += heap.size(i);
  }
  return split;
}
