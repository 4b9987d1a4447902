import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";

// Contract checks: a response must be one the OpenAPI document describes for that operation,
// status and content type, and its body must validate against the schema given there (JSON
// Schema 2020-12, the dialect of OpenAPI 3.1). The document is the app's own, as served.
type OpenApiDocument = {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, Response_> }>>;
  components: Record<string, unknown>;
};
type Response_ = { content?: Record<string, { schema: unknown }> };

const DOC_ID = "https://contract.test/openapi.json";

export function contractChecker(document: unknown) {
  const doc = document as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: DOC_ID, components: doc.components });
  const byOperation = new Map<string, { path: string; responses: Record<string, Response_> }>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const operation of Object.values(methods))
      byOperation.set(operation.operationId, { path, responses: operation.responses });
  }
  const compiled = new Map<string, ValidateFunction>();
  const checked = new Set<string>();

  function validatorFor(operationId: string, status: number, contentType: string): ValidateFunction | null {
    const operation = byOperation.get(operationId);
    expect(operation, `operation ${operationId} is in the OpenAPI document`).toBeDefined();
    const response = operation!.responses[String(status)];
    expect(response, `${operationId} documents status ${status}`).toBeDefined();
    if (!response!.content) return null;
    const mediaType = Object.keys(response!.content).find(
      (type) => type.split(";")[0]!.trim() === contentType.split(";")[0]!.trim(),
    );
    expect(mediaType, `${operationId} ${status} documents content type ${contentType}`).toBeDefined();
    const key = `${operationId} ${status} ${mediaType}`;
    let validate = compiled.get(key);
    if (!validate) {
      const schema = JSON.parse(
        JSON.stringify(response!.content[mediaType!]!.schema).replaceAll('"#/components/', `"${DOC_ID}#/components/`),
      ) as object;
      validate = ajv.compile(schema);
      compiled.set(key, validate);
    }
    return validate;
  }

  /** Checks the response against the document; returns its parsed JSON body (or text). */
  async function check(operationId: string, response: Response): Promise<unknown> {
    const contentType = response.headers.get("content-type") ?? "";
    const validate = validatorFor(operationId, response.status, contentType);
    checked.add(`${operationId} ${response.status}`);
    if (response.status === 304) return null;
    const text = await response.text();
    if (!validate) return text;
    const isJson = /json/.test(contentType);
    const body: unknown = isJson ? JSON.parse(text) : text;
    const valid = validate(body);
    expect(valid, `${operationId} ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    return body;
  }

  return { check, checked, operations: [...byOperation.keys()] };
}
