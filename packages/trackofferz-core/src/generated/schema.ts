// Generated from specs/trackofferz.openapi.yaml by openapi-typescript 7.13.0. DO NOT EDIT.
// Regenerate with `pnpm generate`; `pnpm check:generated` proves this file matches the spec.

export interface paths {
    "/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Totals for a date range */
        get: operations["getReportSummary"];
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
        Summary: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            currency: string;
            clicks: number;
            unique_clicks: number;
            conversions: number;
            revenue_cents: number;
            payout_cents: number;
        };
        ErrorBody: {
            error: {
                code: string;
                message: string;
                param?: string;
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
    getReportSummary: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
