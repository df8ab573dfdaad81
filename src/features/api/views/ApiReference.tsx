import { Prose } from '../../../platform/views/components.tsx';
import type { OpenApiDocument } from '../openapi.ts';

/**
 * A readable, server-rendered reference generated from the OpenAPI document: no scripts, no CDN,
 * the site's own stylesheet. Everything shown comes from the document, so it stays in step.
 */

/** The parts of a JSON Schema the reference shows. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}

interface Parameter { name: string; in: string; required?: boolean; description?: string; schema?: Schema }
interface Response { description: string; content?: Record<string, { schema?: Schema }> }
interface Operation { summary?: string; description?: string; tags?: string[]; parameters?: Parameter[]; responses?: Record<string, Response> }

const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options'] as const;

/** Text with `backtick` spans shown as code, the only markup descriptions use. */
function Text(props: { text?: string }) {
  if (!props.text) return null;
  return <>{props.text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? <code>{part}</code> : part))}</>;
}

const refName = (ref: string) => ref.split('/').pop() ?? ref;
const anchor = (name: string) => `schema-${name}`;
const opId = (method: string, path: string) => `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, '');

/** A one-line type: `string (date)`, `array of ResourceSummary`, `string | null`. */
function TypeLabel(props: { schema: Schema }) {
  const s = props.schema;
  if (s.$ref) return <a href={`#${anchor(refName(s.$ref))}`}>{refName(s.$ref)}</a>;
  if (s.allOf) return <>{s.allOf.map((part, i) => <>{i > 0 ? ' + ' : ''}<TypeLabel schema={part} /></>)}</>;
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return <>{variants.map((part, i) => <>{i > 0 ? ' | ' : ''}<TypeLabel schema={part} /></>)}</>;
  const types = Array.isArray(s.type) ? s.type : [s.type ?? 'any'];
  return (
    <>
      {types.map((t, i) => (
        <>
          {i > 0 ? ' | ' : ''}
          {t === 'array' && s.items ? <>array of <TypeLabel schema={s.items} /></> : t}
          {t !== 'null' && s.format ? ` (${s.format})` : ''}
        </>
      ))}
    </>
  );
}

/** Enum, pattern, bounds and default of a value, in words. */
function constraints(s: Schema): string[] {
  const out: string[] = [];
  if (s.enum) out.push(`one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (s.pattern) out.push(`pattern ${s.pattern}`);
  if (s.minimum !== undefined) out.push(`minimum ${s.minimum}`);
  if (s.maximum !== undefined) out.push(`maximum ${s.maximum}`);
  if (s.maxLength !== undefined) out.push(`at most ${s.maxLength} characters`);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  if (s.example !== undefined) out.push(`example ${JSON.stringify(s.example)}`);
  return out;
}

/** The fields of an object schema as a nested list; references link to their own section. */
function Fields(props: { schema: Schema; depth?: number }) {
  const s = props.schema;
  const depth = props.depth ?? 0;
  if (depth > 6) return null;
  if (s.allOf) return <>{s.allOf.map((part) => (part.$ref ? <p>All fields of <TypeLabel schema={part} />, and:</p> : <Fields schema={part} depth={depth} />))}</>;
  const target = s.items && !s.properties ? s.items : s;
  if (!target.properties) return null;
  const required = new Set(target.required ?? []);
  return (
    <ul class="api-fields">
      {Object.entries(target.properties).map(([name, field]) => {
        const notes = constraints(field);
        return (
          <li>
            <code>{name}</code> <span class="meta"><TypeLabel schema={field} />{required.has(name) ? '' : ', optional'}</span>
            {field.description ? <> — <Text text={field.description} /></> : null}
            {notes.length ? <span class="meta"> ({notes.join('; ')})</span> : null}
            {field.$ref ? null : <Fields schema={field} depth={depth + 1} />}
          </li>
        );
      })}
    </ul>
  );
}

function Parameters(props: { parameters: Parameter[] }) {
  if (props.parameters.length === 0) return <p>No parameters. Any query parameter is refused with a 400.</p>;
  return (
    <div class="table-wrap">
      <table class="data">
        <thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
        <tbody>
          {props.parameters.map((p) => {
            const notes = p.schema ? constraints(p.schema) : [];
            return (
              <tr>
                <td><code>{p.name}</code>{p.required ? ' (required)' : ''}</td>
                <td>{p.in}</td>
                <td>{p.schema ? <TypeLabel schema={p.schema} /> : null}</td>
                <td><Text text={p.description ?? p.schema?.description} />{notes.length ? <span class="meta"> {notes.join('; ')}.</span> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function OperationSection(props: { method: string; path: string; op: Operation; server: string }) {
  const { method, path, op, server } = props;
  const example = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const p = op.parameters?.find((x) => x.name === name);
    return String(p?.schema?.example ?? name);
  });
  return (
    <section class="api-operation" id={opId(method, path)} aria-labelledby={`${opId(method, path)}-title`}>
      <h3 id={`${opId(method, path)}-title`}><code>{method.toUpperCase()} {path}</code></h3>
      {op.summary ? <p class="lead">{op.summary}</p> : null}
      {op.description ? <p><Text text={op.description} /></p> : null}
      <h4>Parameters</h4>
      <Parameters parameters={op.parameters ?? []} />
      <h4>Responses</h4>
      <dl>
        {Object.entries(op.responses ?? {}).map(([status, res]) => {
          const schema = res.content?.['application/json']?.schema;
          return (
            <div>
              <dt><strong>{status}</strong> <Text text={res.description} /></dt>
              {schema ? <dd>JSON: <TypeLabel schema={schema} /></dd> : null}
            </div>
          );
        })}
      </dl>
      <h4>Example</h4>
      <pre><code>curl -i '{server}{example}'</code></pre>
    </section>
  );
}

/** The whole reference: introduction, one section per operation, then every named schema. */
export function ApiReference(props: { document: OpenApiDocument; /** The description, rendered from Markdown by the handler. */ descriptionHtml?: string }) {
  const doc = props.document;
  const server = doc.servers?.[0]?.url ?? '';
  const operations: { method: string; path: string; op: Operation }[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Record<string, unknown> | undefined)?.[method] as Operation | undefined;
      if (op) operations.push({ method, path, op });
    }
  }
  const schemas = Object.entries((doc.components?.schemas ?? {}) as Record<string, Schema>);
  return (
    <article class="wrap api-reference">
      <header class="page-header">
        <h1>{doc.info.title} <span class="meta">v{doc.info.version}</span></h1>
        {props.descriptionHtml ? <Prose html={props.descriptionHtml} /> : null}
        <p>Server: <code>{server}</code>. Machine-readable description: <a href="/api/openapi.json">OpenAPI 3.1 document</a>.</p>
      </header>
      <nav aria-labelledby="api-contents">
        <h2 id="api-contents">Endpoints</h2>
        <ul>
          {operations.map(({ method, path, op }) => (
            <li><a href={`#${opId(method, path)}`}><code>{method.toUpperCase()} {path}</code></a>{op.summary ? ` — ${op.summary}` : ''}</li>
          ))}
        </ul>
      </nav>
      {operations.map(({ method, path, op }) => <OperationSection method={method} path={path} op={op} server={server} />)}
      <section aria-labelledby="api-schemas">
        <h2 id="api-schemas">Response shapes</h2>
        {schemas.map(([name, schema]) => (
          <section id={anchor(name)} aria-labelledby={`${anchor(name)}-title`}>
            <h3 id={`${anchor(name)}-title`}>{name}</h3>
            {schema.description ? <p><Text text={schema.description} /></p> : null}
            <Fields schema={schema} />
          </section>
        ))}
      </section>
    </article>
  );
}
