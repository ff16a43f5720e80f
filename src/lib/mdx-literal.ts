/**
 * Reads the value of a literal MDX attribute expression, such as a <Step>'s
 * `state={{ kind: 'map', view: { bbox: [94.5, 9.8, 108, 26.5] } }}`, from the ESTree that the MDX
 * parser attaches to it. Only literals are allowed (objects, arrays, strings, numbers, booleans, null,
 * negative numbers, template strings without substitutions): nothing is evaluated, so a chapter file
 * cannot run code at build time through it.
 */
interface EsNode {
  type: string;
  [key: string]: unknown;
}

export class LiteralError extends Error {}

export function literalValue(node: EsNode): unknown {
  switch (node.type) {
    case 'Program': {
      const body = node['body'] as EsNode[];
      if (body.length !== 1 || body[0]!.type !== 'ExpressionStatement')
        throw new LiteralError('expected one expression');
      return literalValue(body[0]!['expression'] as EsNode);
    }
    case 'Literal':
      return node['value'];
    case 'UnaryExpression': {
      const v = literalValue(node['argument'] as EsNode);
      if (node['operator'] === '-' && typeof v === 'number') return -v;
      throw new LiteralError(`unsupported operator ${String(node['operator'])}`);
    }
    case 'TemplateLiteral': {
      if ((node['expressions'] as unknown[]).length) throw new LiteralError('template strings cannot hold ${…}');
      return (node['quasis'] as { value: { cooked: string } }[]).map((q) => q.value.cooked).join('');
    }
    case 'ArrayExpression':
      return (node['elements'] as (EsNode | null)[]).map((e) => {
        if (!e || e.type === 'SpreadElement') throw new LiteralError('arrays cannot have holes or spreads');
        return literalValue(e);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of node['properties'] as EsNode[]) {
        if (p.type !== 'Property' || p['computed'] || p['kind'] !== 'init')
          throw new LiteralError('objects can only hold plain key: value pairs');
        const key = p['key'] as EsNode;
        const name = key.type === 'Identifier' ? (key['name'] as string) : String(literalValue(key));
        out[name] = literalValue(p['value'] as EsNode);
      }
      return out;
    }
    default:
      throw new LiteralError(`${node.type} is not a literal value`);
  }
}
