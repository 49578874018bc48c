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
        /**
         * Totals for a date range
         * @description Totals of clicks and conversions in an inclusive UTC date range. With neither `from` nor `to` the range is the last 30 days ending today. `conversions`, `revenue_cents` and `payout_cents` count conversions whose status is `approved` or `pending` (rejected and reversed ones are left out).
         */
        get: operations["getReportSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Totals per campaign, publisher, country or day
         * @description One row per key that had at least one click or conversion in the range. Rows are ordered by `conversions` descending, then `key` ascending; with `by=day`, by date ascending. At most `limit` rows are returned. Conversion totals count `approved` and `pending` conversions, as in the summary.
         */
        get: operations["getReportBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conversions, one page at a time
         * @description Conversions created in the range, ordered by `created_at`, then `conversion_id`. A page past the last one is empty with `has_next: false`.
         */
        get: operations["listReportConversions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/clicks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clicks, one page at a time
         * @description Clicks created in the range, ordered by `created_at`, then `transaction_id`. A date range that has ended never changes, so paging through it is stable. A page past the last one is empty with `has_next: false`.
         */
        get: operations["listReportClicks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a conversion for a tracked click
         * @description Records a conversion server-to-server for a click the network already tracked. Idempotent on `transaction_id`: a transaction id recorded before answers 200 with the existing conversion and `duplicate: true`, and is never counted twice, so retrying is always safe. Body fields the schema does not define are rejected with 422 `validation_failed` naming the field. A body that is not JSON is rejected with 400 `invalid_json`.
         */
        post: operations["createConversion"];
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
        /**
         * Format: date
         * @description A calendar date `YYYY-MM-DD` (UTC).
         * @example 2026-06-01
         */
        Date: string;
        /**
         * Format: date-time
         * @description An RFC 3339 UTC timestamp.
         * @example 2026-06-01T12:30:05Z
         */
        Timestamp: string;
        /**
         * @description An ISO 4217 currency code.
         * @example USD
         */
        Currency: string;
        /**
         * @description An amount in minor units (cents) of the currency.
         * @example 1250
         */
        Cents: number;
        Count: number;
        /** @enum {string} */
        BreakdownBy: "campaign" | "publisher" | "country" | "day";
        /** @enum {string} */
        ConversionStatus: "pending" | "approved" | "rejected" | "reversed";
        /** @enum {string} */
        EventType: "purchase" | "lead" | "install" | "signup" | "deposit" | "subscription" | "refund" | "custom";
        /**
         * @description A flat object of at most 20 keys; values are strings, numbers or booleans.
         * @example {
         *       "order_id": "SO-9001"
         *     }
         */
        CustomData: {
            [key: string]: string | number | boolean;
        };
        Summary: {
            from: components["schemas"]["Date"];
            to: components["schemas"]["Date"];
            currency: components["schemas"]["Currency"];
            clicks: components["schemas"]["Count"];
            unique_clicks: components["schemas"]["Count"];
            conversions: components["schemas"]["Count"];
            revenue_cents: components["schemas"]["Cents"];
            payout_cents: components["schemas"]["Cents"];
        };
        BreakdownRow: {
            /** @description A campaign or publisher id, an ISO 3166-1 alpha-2 country code (`ZZ` when unknown), or a date, depending on `by`; always a string. */
            key: string;
            /** @description Display name: campaign or publisher name, country name, or the date. */
            label: string;
            clicks: components["schemas"]["Count"];
            unique_clicks: components["schemas"]["Count"];
            conversions: components["schemas"]["Count"];
            revenue_cents: components["schemas"]["Cents"];
            payout_cents: components["schemas"]["Cents"];
        };
        Breakdown: {
            by: components["schemas"]["BreakdownBy"];
            from: components["schemas"]["Date"];
            to: components["schemas"]["Date"];
            currency: components["schemas"]["Currency"];
            rows: components["schemas"]["BreakdownRow"][];
        };
        ConversionRow: {
            conversion_id: number;
            transaction_id: string;
            campaign_id: number;
            publisher_id: number;
            event_type: components["schemas"]["EventType"];
            status: components["schemas"]["ConversionStatus"];
            payout_cents: components["schemas"]["Cents"];
            /** @description The sale amount in cents, or null when none was reported. */
            sale_amount_cents: number | null;
            currency: components["schemas"]["Currency"];
            custom_data: components["schemas"]["CustomData"];
            created_at: components["schemas"]["Timestamp"];
        };
        ClickRow: {
            transaction_id: string;
            campaign_id: number;
            publisher_id: number;
            /** @description ISO 3166-1 alpha-2 code, or null when unknown. */
            country_code: string | null;
            is_unique: boolean;
            ip: string | null;
            user_agent: string | null;
            sub_id: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        ConversionsPage: {
            page: number;
            page_size: number;
            total: components["schemas"]["Count"];
            has_next: boolean;
            rows: components["schemas"]["ConversionRow"][];
        };
        ClicksPage: {
            page: number;
            page_size: number;
            total: components["schemas"]["Count"];
            has_next: boolean;
            rows: components["schemas"]["ClickRow"][];
        };
        ConversionCreate: {
            /** @description The tracked click's transaction id. */
            transaction_id: string;
            /** @description What happened; `purchase` when omitted. */
            event_type?: components["schemas"]["EventType"];
            /** @description Payout in cents; when omitted the campaign's default payout applies. Negative only for `refund`. */
            payout_cents?: number;
            sale_amount_cents?: number;
            /** @description Defaults to the network's currency. */
            currency?: components["schemas"]["Currency"];
            custom_data?: components["schemas"]["CustomData"];
        };
        ConversionRecorded: {
            /** @enum {string} */
            status: "approved" | "pending";
            conversion_id: number;
            /** @constant */
            duplicate: false;
        };
        ConversionDuplicate: {
            /** @description The existing conversion's status now (it may have been reviewed since). */
            status: components["schemas"]["ConversionStatus"];
            conversion_id: number;
            /** @constant */
            duplicate: true;
        };
        ErrorBody: {
            error: {
                /** @description Machine-readable: `invalid_date`, `invalid_parameter`, `invalid_range`, `invalid_json`, `invalid_api_key`, `missing_api_key`, `forbidden`, `click_not_found`, `not_found`, `conflict`, `validation_failed`, `rate_limited`, `internal_error`, `unavailable`. */
                code: string;
                message: string;
                /** @description The parameter or body field at fault, present only when one is. */
                param?: string;
            };
        };
    };
    responses: {
        /** @description The request is malformed: `invalid_date`, `invalid_range` (from after to, or over 366 days), `invalid_parameter` (unknown, repeated, missing or out-of-range parameter), `invalid_json`. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No valid key (`missing_api_key`, `invalid_api_key`). */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The key may not do this (`forbidden`), e.g. a read-only key on an ingest call. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description A concurrent request is recording the same transaction id (`conflict`); safe to retry. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The body is well-formed JSON but a field is invalid (`validation_failed`, with `param`). */
        ValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Too many requests (`rate_limited`); wait as `Retry-After` says. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Transient failure (`internal_error`, `unavailable`); retrying later is safe. A proxy in front of the API may answer these statuses with an HTML or empty body instead of JSON. */
        ServerError: {
            headers: {
                /** @description When the outage is expected to end, as delta-seconds or an HTTP-date; often absent. */
                "Retry-After"?: string;
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description First day of the range (inclusive, UTC), `YYYY-MM-DD`. Give both `from` and `to`, or neither (the last 30 days ending today). `from` after `to`, or a range over 366 days, is 400 `invalid_range`.
         * @example 2026-06-01
         */
        From: string;
        /**
         * @description Last day of the range (inclusive, UTC), `YYYY-MM-DD`. Required when `from` is given.
         * @example 2026-06-30
         */
        To: string;
        /**
         * @description Only this campaign.
         * @example 5
         */
        CampaignId: number;
        /**
         * @description Only this publisher.
         * @example 17
         */
        PublisherId: number;
        /**
         * @description Page number, from 1.
         * @example 1
         */
        Page: number;
        /**
         * @description Rows per page.
         * @example 100
         */
        PageSize: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Identifies this request in TrackOfferz' logs; quote it to support. On every answer of the API.
         * @example req_8f14e45fceea167a
         */
        "X-Request-Id": string;
        /**
         * @description Requests allowed in the current window. On every answer of the API.
         * @example 1000
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current window. On every answer of the API.
         * @example 998
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description When the current window ends, in unix seconds. On every answer of the API.
         * @example 1782822000
         */
        "X-RateLimit-Reset": number;
        /**
         * @description How long to wait before the next request, as delta-seconds (`30`) or an HTTP-date.
         * @example 30
         */
        "Retry-After": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getReportSummary: {
        parameters: {
            query?: {
                /**
                 * @description First day of the range (inclusive, UTC), `YYYY-MM-DD`. Give both `from` and `to`, or neither (the last 30 days ending today). `from` after `to`, or a range over 366 days, is 400 `invalid_range`.
                 * @example 2026-06-01
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Last day of the range (inclusive, UTC), `YYYY-MM-DD`. Required when `from` is given.
                 * @example 2026-06-30
                 */
                to?: components["parameters"]["To"];
                /**
                 * @description Only this campaign.
                 * @example 5
                 */
                campaign_id?: components["parameters"]["CampaignId"];
                /**
                 * @description Only this publisher.
                 * @example 17
                 */
                publisher_id?: components["parameters"]["PublisherId"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getReportBreakdown: {
        parameters: {
            query: {
                /**
                 * @description What a row groups by.
                 * @example publisher
                 */
                by: components["schemas"]["BreakdownBy"];
                /**
                 * @description First day of the range (inclusive, UTC), `YYYY-MM-DD`. Give both `from` and `to`, or neither (the last 30 days ending today). `from` after `to`, or a range over 366 days, is 400 `invalid_range`.
                 * @example 2026-06-01
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Last day of the range (inclusive, UTC), `YYYY-MM-DD`. Required when `from` is given.
                 * @example 2026-06-30
                 */
                to?: components["parameters"]["To"];
                /**
                 * @description Most rows to return.
                 * @example 10
                 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Breakdown"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listReportConversions: {
        parameters: {
            query?: {
                /**
                 * @description First day of the range (inclusive, UTC), `YYYY-MM-DD`. Give both `from` and `to`, or neither (the last 30 days ending today). `from` after `to`, or a range over 366 days, is 400 `invalid_range`.
                 * @example 2026-06-01
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Last day of the range (inclusive, UTC), `YYYY-MM-DD`. Required when `from` is given.
                 * @example 2026-06-30
                 */
                to?: components["parameters"]["To"];
                /**
                 * @description Only this campaign.
                 * @example 5
                 */
                campaign_id?: components["parameters"]["CampaignId"];
                /**
                 * @description Only this publisher.
                 * @example 17
                 */
                publisher_id?: components["parameters"]["PublisherId"];
                /**
                 * @description Only conversions in this status.
                 * @example approved
                 */
                status?: components["schemas"]["ConversionStatus"];
                /**
                 * @description Page number, from 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Rows per page.
                 * @example 100
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of conversions */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listReportClicks: {
        parameters: {
            query?: {
                /**
                 * @description First day of the range (inclusive, UTC), `YYYY-MM-DD`. Give both `from` and `to`, or neither (the last 30 days ending today). `from` after `to`, or a range over 366 days, is 400 `invalid_range`.
                 * @example 2026-06-01
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Last day of the range (inclusive, UTC), `YYYY-MM-DD`. Required when `from` is given.
                 * @example 2026-06-30
                 */
                to?: components["parameters"]["To"];
                /**
                 * @description Only this campaign.
                 * @example 5
                 */
                campaign_id?: components["parameters"]["CampaignId"];
                /**
                 * @description Only this publisher.
                 * @example 17
                 */
                publisher_id?: components["parameters"]["PublisherId"];
                /**
                 * @description Page number, from 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Rows per page.
                 * @example 100
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of clicks */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClicksPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createConversion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversionCreate"];
            };
        };
        responses: {
            /** @description This transaction id was recorded before; the existing conversion, never counted twice */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionDuplicate"];
                };
            };
            /** @description Recorded now */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionRecorded"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No click matched the transaction id within the attribution window */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
