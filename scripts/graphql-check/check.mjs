// check.mjs: a GraphQL client outside Go (graphql-js, the reference
// implementation) checks kg's API the way a JavaScript app would see it.
//
//   node check.mjs ENDPOINT_URL README_PATH
//
// It introspects the server at ENDPOINT_URL, builds a client schema from the
// answer and checks that schema with graphql-js's own rules, then parses
// every ```graphql fenced block of README_PATH and validates it against that
// schema with all of graphql-js's specified validation rules. A README query
// that gqlgen would accept but graphql-js would not, or a schema that only
// gqlgen thinks valid, fails here.
//
// Exit status: 0 when the schema and every block are valid; 1 when anything
// fails or README_PATH has no ```graphql block; 2 on a usage error.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  assertValidSchema,
  buildClientSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  validate,
  version as graphqlVersion,
} from 'graphql';

const REQUEST_TIMEOUT_MS = 30_000;

// The introspection options are fixed rather than guessed at run time, so a
// server that stops answering one of them fails here instead of silently
// being checked less. gqlgen answers all of these.
const INTROSPECTION_OPTIONS = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
};

class CheckError extends Error {}

function usage(msg) {
  console.error(`check.mjs: ${msg}`);
  console.error('usage: node check.mjs ENDPOINT_URL README_PATH');
  process.exit(2);
}

// introspect POSTs the introspection query and returns the schema that
// graphql-js builds from the answer, after checking it is a valid schema.
async function introspect(endpoint) {
  let res;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        query: getIntrospectionQuery(INTROSPECTION_OPTIONS),
        operationName: 'IntrospectionQuery',
      }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (err) {
    throw new CheckError(`introspection: POST ${endpoint} failed: ${err.cause?.message ?? err.message}`);
  }
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new CheckError(
      `introspection: POST ${endpoint} answered HTTP ${res.status} with a body that is not JSON: ${text.slice(0, 300)}`,
    );
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const msgs = body.errors.map((e) => {
      const code = e.extensions?.code ? ` [${e.extensions.code}]` : '';
      return `  - ${e.message}${code}`;
    });
    throw new CheckError(`introspection: ${endpoint} answered with errors (HTTP ${res.status}):\n${msgs.join('\n')}`);
  }
  if (!res.ok) {
    throw new CheckError(`introspection: ${endpoint} answered HTTP ${res.status}: ${text.slice(0, 300)}`);
  }
  if (!body.data || !body.data.__schema) {
    throw new CheckError(`introspection: ${endpoint} answered without data.__schema: ${text.slice(0, 300)}`);
  }
  let schema;
  try {
    schema = buildClientSchema(body.data);
  } catch (err) {
    throw new CheckError(`introspection: graphql-js cannot build a schema from the answer: ${err.message}`);
  }
  try {
    assertValidSchema(schema);
  } catch (err) {
    throw new CheckError(`schema: graphql-js finds the introspected schema invalid:\n${err.message}`);
  }
  return schema;
}

// fencedBlocks returns the fenced code blocks of a Markdown text, each with
// its language (the first word of the info string, lower-cased), the 1-based
// line of its opening fence, and its content lines with the indentation
// stripped from each. It follows CommonMark's fence rules (``` or ~~~, at
// most 3 spaces of indentation, closed by a fence of the same character at
// least as long), so a ```graphql example shown inside another code block is
// not taken for a query.
function fencedBlocks(markdown) {
  const lines = markdown.split(/\r?\n/);
  const blocks = [];
  let open = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (open === null) {
      const m = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
      if (!m) continue;
      const info = m[3].trim();
      if (m[2][0] === '`' && info.includes('`')) continue; // not a fence: inline code
      open = {
        fence: m[2],
        indent: m[1].length,
        lang: info.split(/\s+/)[0].toLowerCase(),
        fenceLine: i + 1,
        body: [],
      };
      continue;
    }
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    if (close && close[1][0] === open.fence[0] && close[1].length >= open.fence.length) {
      blocks.push({ ...open, closed: true });
      open = null;
      continue;
    }
    // Content lines lose up to the fence's indentation, as CommonMark says.
    let strip = 0;
    while (strip < open.indent && line[strip] === ' ') strip++;
    open.body.push({ text: line.slice(strip), shift: strip });
  }
  if (open !== null) blocks.push({ ...open, closed: false });
  return blocks;
}

function firstLine(source) {
  const line = source.split('\n').find((l) => l.trim() !== '') ?? '';
  const oneLine = line.trim().replace(/\s+/g, ' ');
  return oneLine.length > 70 ? `${oneLine.slice(0, 67)}...` : oneLine;
}

// where turns a location inside a block into README_PATH:LINE:COLUMN.
function where(readmeName, block, loc) {
  const line = block.fenceLine + loc.line;
  const shift = block.body[loc.line - 1]?.shift ?? 0;
  return `${readmeName}:${line}:${loc.column + shift}`;
}

// checkBlock parses and validates one block; it returns the error lines, none
// when the block is valid.
function checkBlock(schema, readmeName, block) {
  if (!block.closed) {
    return [`${readmeName}:${block.fenceLine}: the code fence opened here is never closed`];
  }
  const source = block.body.map((l) => l.text).join('\n');
  if (source.trim() === '') {
    return [`${readmeName}:${block.fenceLine}: the block is empty`];
  }
  let document;
  try {
    document = parse(source);
  } catch (err) {
    const at = err.locations?.[0] ? where(readmeName, block, err.locations[0]) : `${readmeName}:${block.fenceLine}`;
    return [`${at}: ${err.message}`];
  }
  block.operations = document.definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => `${d.operation}${d.name ? ` ${d.name.value}` : ''}`);
  return validate(schema, document).map((err) => {
    const at = (err.locations ?? []).map((loc) => where(readmeName, block, loc));
    return `${at[0] ?? `${readmeName}:${block.fenceLine}`}: ${err.message}${at.length > 1 ? ` (also at ${at.slice(1).join(', ')})` : ''}`;
  });
}

async function main() {
  const [endpoint, readmePath, ...extra] = process.argv.slice(2);
  if (!endpoint || !readmePath || extra.length > 0) usage('need exactly two arguments');
  try {
    const u = new URL(endpoint);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    usage(`ENDPOINT_URL ${JSON.stringify(endpoint)} is not an http(s) URL`);
  }
  let markdown;
  try {
    markdown = await readFile(readmePath, 'utf8');
  } catch (err) {
    throw new CheckError(`cannot read README ${readmePath}: ${err.message}`);
  }
  // README lines are named by their path from the working directory when it
  // lies below it (README.md:40 in the repository), else by the path given.
  const relative = path.relative(process.cwd(), readmePath);
  const readmeName = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : readmePath;

  console.log(`graphql-js ${graphqlVersion}: introspecting ${endpoint}`);
  const schema = await introspect(endpoint);
  const typeCount = Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__')).length;
  console.log(`ok    schema: built from introspection and valid (${typeCount} types)`);

  const blocks = fencedBlocks(markdown);
  const queries = blocks.filter((b) => b.lang === 'graphql' || b.lang === 'gql');
  let failed = 0;
  let operations = 0;
  for (const block of queries) {
    const errors = checkBlock(schema, readmeName, block);
    const label = `${readmeName}:${block.fenceLine}`;
    const ops = block.operations ?? [];
    operations += ops.length;
    const opsNote = ops.length > 1 ? ` [${ops.length} operations: ${ops.join(', ')}]` : '';
    if (errors.length === 0) {
      console.log(`ok    ${label}  ${firstLine(block.body.map((l) => l.text).join('\n'))}${opsNote}`);
    } else {
      failed++;
      console.log(`FAIL  ${label}  ${firstLine(block.body.map((l) => l.text).join('\n'))}${opsNote}`);
      for (const e of errors) console.log(`        ${e}`);
    }
  }

  // A query left in an unlabelled fence is not checked: say so, so that it
  // gets its ```graphql label rather than going stale unnoticed.
  for (const block of blocks) {
    if (block.lang !== '' || !block.closed) continue;
    try {
      const doc = parse(block.body.map((l) => l.text).join('\n'));
      if (doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) {
        console.log(`note  ${readmeName}:${block.fenceLine}: a fence without a language holds a GraphQL query; label it \`\`\`graphql to have it checked`);
      }
    } catch {
      // not GraphQL: nothing to say
    }
  }

  if (queries.length === 0) {
    throw new CheckError(`${readmeName} has no \`\`\`graphql block: nothing to check, which is a failure`);
  }
  const summary = `${queries.length} \`\`\`graphql blocks (${operations} operations) in ${readmeName}`;
  if (failed > 0) {
    throw new CheckError(`${failed} of ${summary} failed (see the FAIL lines above)`);
  }
  console.log(`checked ${summary}: all valid`);
}

main().catch((err) => {
  if (err instanceof CheckError) {
    console.log(`FAIL  ${err.message}`);
  } else {
    console.log(`FAIL  unexpected error: ${err.stack ?? err}`);
  }
  process.exit(1);
});
