// Generated from specs/hasoffers.openapi.yaml by openapi-typescript 7.13.0. DO NOT EDIT.
// Regenerate with `pnpm generate`; `pnpm check:generated` proves this file matches the spec.

export interface paths {
    "/Advertiser/findAllIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ids of every advertiser matching the filters */
        get: operations["Advertiser_findAllIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        IdListEnvelope: {
            request?: {
                [key: string]: unknown;
            };
            response: {
                status?: number;
                httpStatus?: number;
                data?: string[];
                errors?: unknown;
                errorMessage?: string | null;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Advertiser_findAllIds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; `response.data` is a list of id strings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdListEnvelope"];
                };
            };
        };
    };
}
