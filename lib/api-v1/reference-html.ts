// The staff API reference as one server-rendered HTML page, written from the OpenAPI document
// (no script, style or CDN: /api answers under a CSP that allows nothing to load, next.config.js): endpoints with their parameters and bodies, then every schema.
import type { OpenApiDocument } from "./openapi-document";

type Schema = {
  type?: string | string[];
  $ref?: string;
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  format?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
};

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
/** The document's `backticks` as code, the rest escaped. */
const prose = (text: string) => escape(text).replace(/`([^`]+)`/g, "<code>$1</code>");
const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

function typeOf(schema: Schema): string {
  if (schema.$ref) return `<a href="#schema-${escape(refName(schema.$ref))}">${escape(refName(schema.$ref))}</a>`;
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" or ");
  if (schema.enum) return schema.enum.map((value) => `<code>${escape(JSON.stringify(value))}</code>`).join(" | ");
  if (schema.items) return `array of ${typeOf(schema.items)}`;
  if (schema.properties) return "object";
  const types = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  return escape(schema.format ? `${types} (${schema.format})` : types);
}

function propertiesTable(schema: Schema): string {
  const rows = Object.entries(schema.properties ?? {}).map(
    ([name, property]) =>
      `<tr><th scope="row"><code>${escape(name)}</code></th><td>${typeOf(property)}</td><td>${
        (schema.required ?? []).includes(name) ? "yes" : "no"
      }</td><td>${prose(property.description ?? "")}</td></tr>`,
  );
  return `<table><thead><tr><th>Field</th><th>Type</th><th>Required</th><th>Description</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

type Operation = {
  operationId: string;
  summary: string;
  description: string;
  parameters: { name: string; in: string; required: boolean; description?: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

function operationSection(path: string, method: string, operation: Operation): string {
  const parameters = operation.parameters.length
    ? `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Required</th><th>Description</th></tr></thead><tbody>${operation.parameters
        .map(
          (parameter) =>
            `<tr><th scope="row"><code>${escape(parameter.name)}</code></th><td>${parameter.in}</td><td>${typeOf(parameter.schema)}</td><td>${parameter.required ? "yes" : "no"}</td><td>${prose(parameter.description ?? "")}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : "";
  const body = operation.requestBody
    ? `<h4>Body</h4><p>${typeOf(Object.values(operation.requestBody.content)[0]!.schema)} (JSON)</p>`
    : "";
  const responses = Object.entries(operation.responses)
    .map(([status, response]) => {
      const schema = response.content && Object.values(response.content)[0]?.schema;
      return `<li><strong>${status}</strong> ${prose(response.description)}${schema ? ` — ${typeOf(schema)}` : ""}</li>`;
    })
    .join("");
  return `<section id="${escape(operation.operationId)}"><h3><code>${method.toUpperCase()} ${escape(path)}</code> ${escape(operation.summary)}</h3><p>${prose(operation.description).replaceAll("\n\n", "</p><p>")}</p>${parameters}${body}<h4>Responses</h4><ul>${responses}</ul></section>`;
}

export function renderApiReference(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => operationSection(path, method, operation as Operation)),
  );
  const schemas = Object.entries(document.components.schemas as Record<string, Schema>).map(
    ([name, schema]) =>
      `<section id="schema-${escape(name)}"><h3>${escape(name)}</h3>${schema.description ? `<p>${prose(schema.description)}</p>` : ""}${propertiesTable(schema)}</section>`,
  );
  const problems = ["validation", "unauthorized", "forbidden", "not-found", "conflict", "rate-limited"]
    .map((code) => `<li id="problem-${code}"><code>${code}</code></li>`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(document.info.title)} reference</title></head><body><main><h1>${escape(document.info.title)} ${escape(document.info.version)}</h1><p>${prose(document.info.description)}</p><p>Base URL: <code>${escape(document.servers[0]!.url)}</code>. Machine-readable: <a href="openapi.json">OpenAPI 3.1 document</a>. Every response carries <code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code> and <code>RateLimit-Reset</code>.</p><h2>Endpoints</h2>${operations.join("")}<h2>Schemas</h2>${schemas.join("")}<h2>Problem types</h2><p>Errors are <code>application/problem+json</code> (RFC 9457); their <code>type</code> ends in one of:</p><ul>${problems}</ul></main></body></html>`;
}
