// server.mjs: @neo4j/graphql, the GraphQL layer a Neo4j user would pick
// instead of kg's API, over the graph kg writes to Neo4j, for the peer
// benchmark of cmd/kgbench (--peer). Its type definitions name kg's own
// labels and relationship types; it compiles each query into one Cypher
// statement. It serves POST / on 127.0.0.1 (port 0: the kernel picks one)
// and prints "listening http://127.0.0.1:PORT/" when ready. Parsed and
// validated documents are cached by query text, as a production GraphQL
// server does, so that the peer pays only for execution.
//
//   NEO4J_URI=bolt://... NEO4J_USERNAME=neo4j NEO4J_PASSWORD=... node server.mjs
import http from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { execute, parse, validate } from 'graphql';

const typeDefs = /* GraphQL */ `
  type Person @node {
    id: ID!
    name: String!
    roles: [Role!]! @relationship(type: "HOLDS_ROLE", direction: OUT, properties: "HoldsRole")
  }
  type HoldsRole @relationshipProperties {
    role: String
    firstSeen: String
    lastSeen: String
  }
  type Role @node {
    id: ID!
    at: [Body!]! @relationship(type: "ROLE_AT", direction: OUT)
  }
  union Body = Organization | State
  union Attendee = Person | Organization | State
  type Organization @node {
    id: ID!
    name: String!
    meetings: [Meeting!]! @relationship(type: "HELD", direction: OUT)
  }
  type State @node {
    id: ID!
    name: String!
    meetings: [Meeting!]! @relationship(type: "HELD", direction: OUT)
  }
  type Meeting @node {
    id: ID!
    name: String!
    session: Int
    start: String
    attendees: [Attendee!]! @relationship(type: "ATTENDED", direction: IN)
  }
`;

const uri = process.env.NEO4J_URI;
if (!uri) {
  console.error('server.mjs: NEO4J_URI is not set');
  process.exit(2);
}
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
const database = process.env.NEO4J_DATABASE || 'neo4j';
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

const documents = new Map();
function prepared(source) {
  let doc = documents.get(source);
  if (!doc) {
    doc = parse(source);
    const errors = validate(schema, doc);
    if (errors.length > 0) return { errors };
    documents.set(source, doc);
  }
  return { doc };
}

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', async () => {
    let out;
    try {
      const { query, variables } = JSON.parse(body);
      const { doc, errors } = prepared(query);
      out = errors
        ? { errors: errors.map((e) => ({ message: e.message })) }
        : await execute({ schema, document: doc, variableValues: variables, contextValue: { sessionConfig: { database } } });
    } catch (err) {
      out = { errors: [{ message: String(err?.message ?? err) }] };
    }
    const raw = JSON.stringify(out);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(raw) });
    res.end(raw);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}/`);
});
const stop = async () => {
  server.close();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
