// Generated from apps/server/openapi.json by `npm run generate:api -w apps/web`. Do not edit:
// change the server's route schemas, run `npm run generate -w apps/server` (which runs this too),
// and commit both files. src/shared/api/openapi-drift.test.ts fails when they differ.

export interface paths {
    "/api/admin/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clients: {
                                displayName: string;
                                email: string;
                                id: string;
                                invitedAt: string;
                                joinedAt: string | null;
                                /** @enum {string} */
                                status: "invited" | "active" | "archived";
                                therapists: {
                                    displayName: string;
                                    id: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clients/{id}/care-team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        therapistIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                displayName: string;
                                email: string;
                                id: string;
                                invitedAt: string;
                                joinedAt: string | null;
                                /** @enum {string} */
                                status: "invited" | "active" | "archived";
                                therapists: {
                                    displayName: string;
                                    id: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            text: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            text: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/goal-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultRho: number;
                            rho: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rho: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultRho: number;
                            rho: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/instruments/{id}/accept-licence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            instrument: {
                                assignable: boolean;
                                bands: {
                                    id: string;
                                    label: string;
                                    max: number;
                                    min: number;
                                }[];
                                /** @enum {string} */
                                betterDirection: "lower" | "higher";
                                id: string;
                                itemCount: number;
                                licence: {
                                    attribution: string;
                                    kind: string;
                                    text: string;
                                    url: string | null;
                                };
                                licenceAccepted: boolean;
                                max: number;
                                min: number;
                                /** @enum {string|null} */
                                notAssignableReason: "licence" | "fallback-contact" | null;
                                riskBearing: boolean;
                                shortTitle: string;
                                title: string;
                                version: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/not-on-track-rules/{instrumentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    instrumentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rule: {
                            [key: string]: unknown;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            rule: {
                                citations: {
                                    /** @enum {string} */
                                    evidence: "primary" | "secondary" | "product choice";
                                    note: string;
                                    parameter: string;
                                    sources: {
                                        citation: string;
                                        key: string;
                                        url: string | null;
                                    }[];
                                }[];
                                default: {
                                    caseness: number;
                                    cutPoints: {
                                        enabled: boolean;
                                        points: {
                                            atLeast: number;
                                            fromWeek: number;
                                        }[];
                                    };
                                    earlyNonResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumImprovement: number;
                                    };
                                    inadequateResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumReductionPercent: number;
                                    };
                                    minimumFollowUps: number;
                                    reliableDeterioration: {
                                        enabled: boolean;
                                        points: number;
                                    };
                                };
                                defaultSummary: string[];
                                inForce: {
                                    caseness: number;
                                    cutPoints: {
                                        enabled: boolean;
                                        points: {
                                            atLeast: number;
                                            fromWeek: number;
                                        }[];
                                    };
                                    earlyNonResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumImprovement: number;
                                    };
                                    inadequateResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumReductionPercent: number;
                                    };
                                    minimumFollowUps: number;
                                    reliableDeterioration: {
                                        enabled: boolean;
                                        points: number;
                                    };
                                };
                                inForceSummary: string[];
                                instrumentId: string;
                                practiceRule: {
                                    caseness: number;
                                    cutPoints: {
                                        enabled: boolean;
                                        points: {
                                            atLeast: number;
                                            fromWeek: number;
                                        }[];
                                    };
                                    earlyNonResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumImprovement: number;
                                    };
                                    inadequateResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumReductionPercent: number;
                                    };
                                    minimumFollowUps: number;
                                    reliableDeterioration: {
                                        enabled: boolean;
                                        points: number;
                                    };
                                } | null;
                                scale: {
                                    max: number;
                                    min: number;
                                };
                                shortTitle: string;
                                title: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messages: {
                                body: string;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "invitation" | "password_reset" | "other";
                                /** @enum {string} */
                                link: "active" | "used" | "replaced" | "expired" | "none";
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "sent" | "kept" | "failed";
                                subject: string;
                                to: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/practice-instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        questionnaire: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            instrument: {
                                id: string;
                                importedAt: string;
                                importedBy: {
                                    id: string;
                                    name: string | null;
                                };
                                instrumentId: string;
                                recognisedAs: string | null;
                                retiredAt: string | null;
                                summary: string;
                                title: string;
                                url: string;
                                version: string;
                            };
                            plan: {
                                recognisedAs: string | null;
                                summary: string;
                                title: string;
                                unmappable: string[];
                                url: string;
                                version: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            instrument: {
                                id: string;
                                importedAt: string;
                                importedBy: {
                                    id: string;
                                    name: string | null;
                                };
                                instrumentId: string;
                                recognisedAs: string | null;
                                retiredAt: string | null;
                                summary: string;
                                title: string;
                                url: string;
                                version: string;
                            };
                            plan: {
                                recognisedAs: string | null;
                                summary: string;
                                title: string;
                                unmappable: string[];
                                url: string;
                                version: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/practice-instruments/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            instrument: {
                                id: string;
                                importedAt: string;
                                importedBy: {
                                    id: string;
                                    name: string | null;
                                };
                                instrumentId: string;
                                recognisedAs: string | null;
                                retiredAt: string | null;
                                summary: string;
                                title: string;
                                url: string;
                                version: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/practice-instruments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        questionnaire: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                recognisedAs: string | null;
                                summary: string;
                                title: string;
                                unmappable: string[];
                                url: string;
                                version: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/practice-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alertFallbackStaffId: string | null;
                            country: string;
                            escalationMinutes: number;
                            staff: {
                                displayName: string;
                                id: string;
                                /** @enum {string} */
                                role: "therapist" | "supervisor";
                            }[];
                            timeZone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        alertFallbackStaffId: string | null;
                        country: string;
                        escalationMinutes: number;
                        timeZone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alertFallbackStaffId: string | null;
                            country: string;
                            escalationMinutes: number;
                            staff: {
                                displayName: string;
                                id: string;
                                /** @enum {string} */
                                role: "therapist" | "supervisor";
                            }[];
                            timeZone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        supervisorIds: string[];
                        /** Format: uuid */
                        therapistId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "therapist" | "supervisor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                supervisorIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        role: "admin" | "therapist" | "supervisor";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "therapist" | "supervisor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                supervisorIds: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "therapist" | "supervisor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                supervisorIds: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        handOverTo?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "therapist" | "supervisor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                supervisorIds: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "therapist" | "supervisor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                supervisorIds: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    state?: "open" | "resolved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                acknowledged: {
                                    at: string;
                                    by: {
                                        displayName: string;
                                        id: string;
                                    };
                                } | null;
                                answerLabel: string | null;
                                answerValue: number;
                                clientId: string;
                                clientName: string;
                                createdAt: string;
                                escalatedAt: string | null;
                                id: string;
                                instrumentId: string;
                                instrumentTitle: string;
                                itemId: string;
                                itemText: string;
                                recipients: {
                                    /** @enum {string} */
                                    delivery: "immediate" | "digest";
                                    displayName: string;
                                    notifiedAt: string | null;
                                    /** @enum {string} */
                                    reason: "care-team" | "supervisor" | "fallback";
                                    staffId: string;
                                }[];
                                resolved: {
                                    at: string;
                                    by: {
                                        displayName: string;
                                        id: string;
                                    };
                                    note: string;
                                } | null;
                                /** @enum {string} */
                                state: "new" | "acknowledged" | "resolved";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alert: {
                                acknowledged: {
                                    at: string;
                                    by: {
                                        displayName: string;
                                        id: string;
                                    };
                                } | null;
                                answerLabel: string | null;
                                answerValue: number;
                                clientId: string;
                                clientName: string;
                                createdAt: string;
                                escalatedAt: string | null;
                                id: string;
                                instrumentId: string;
                                instrumentTitle: string;
                                itemId: string;
                                itemText: string;
                                recipients: {
                                    /** @enum {string} */
                                    delivery: "immediate" | "digest";
                                    displayName: string;
                                    notifiedAt: string | null;
                                    /** @enum {string} */
                                    reason: "care-team" | "supervisor" | "fallback";
                                    staffId: string;
                                }[];
                                resolved: {
                                    at: string;
                                    by: {
                                        displayName: string;
                                        id: string;
                                    };
                                    note: string;
                                } | null;
                                /** @enum {string} */
                                state: "new" | "acknowledged" | "resolved";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alert: {
                                acknowledged: {
                                    at: string;
                                    by: {
                                        displayName: string;
                                        id: string;
                                    };
                                } | null;
                                answerLabel: string | null;
                                answerValue: number;
                                clientId: string;
                                clientName: string;
                                createdAt: string;
                                escalatedAt: string | null;
                                id: string;
                                instrumentId: string;
                                instrumentTitle: string;
                                itemId: string;
                                itemText: string;
                                recipients: {
                                    /** @enum {string} */
                                    delivery: "immediate" | "digest";
                                    displayName: string;
                                    notifiedAt: string | null;
                                    /** @enum {string} */
                                    reason: "care-team" | "supervisor" | "fallback";
                                    staffId: string;
                                }[];
                                resolved: {
                                    at: string;
                                    by: {
                                        displayName: string;
                                        id: string;
                                    };
                                    note: string;
                                } | null;
                                /** @enum {string} */
                                state: "new" | "acknowledged" | "resolved";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alert: {
                                acknowledged: {
                                    at: string;
                                    by: {
                                        displayName: string;
                                        id: string;
                                    };
                                } | null;
                                answerLabel: string | null;
                                answerValue: number;
                                clientId: string;
                                clientName: string;
                                createdAt: string;
                                escalatedAt: string | null;
                                id: string;
                                instrumentId: string;
                                instrumentTitle: string;
                                itemId: string;
                                itemText: string;
                                recipients: {
                                    /** @enum {string} */
                                    delivery: "immediate" | "digest";
                                    displayName: string;
                                    notifiedAt: string | null;
                                    /** @enum {string} */
                                    reason: "care-team" | "supervisor" | "fallback";
                                    staffId: string;
                                }[];
                                resolved: {
                                    at: string;
                                    by: {
                                        displayName: string;
                                        id: string;
                                    };
                                    note: string;
                                } | null;
                                /** @enum {string} */
                                state: "new" | "acknowledged" | "resolved";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/response-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byTherapist: {
                                acknowledged: number;
                                count: number;
                                displayName: string;
                                medianHoursToAcknowledge: number | null;
                                sameDayPercent: number | null;
                                therapistId: string;
                                waiting: number;
                            }[];
                            goal: string;
                            since: string;
                            summary: {
                                acknowledged: number;
                                count: number;
                                medianHoursToAcknowledge: number | null;
                                sameDayPercent: number | null;
                                waiting: number;
                            };
                            timeZone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientIds: string[];
                        /** Format: uuid */
                        id: string;
                        instrumentIds: string[];
                        schedule: {
                            /** @enum {string} */
                            kind: "once";
                        } | {
                            days: number;
                            /** @enum {string} */
                            kind: "every-n-days";
                        } | {
                            /** @enum {string} */
                            kind: "weekly";
                            weekday: number;
                        };
                        startsOn: string;
                        /** @default 3 */
                        windowDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: {
                                clientId: string;
                                createdAt: string;
                                endsOn: string | null;
                                id: string;
                                instrumentId: string;
                                lastReminder: {
                                    at: string;
                                    /** @enum {string} */
                                    state: "sent" | "failed" | "opened" | "pending";
                                } | null;
                                nextDueOn: string | null;
                                recent: {
                                    dueOn: string;
                                    reminder: {
                                        at: string;
                                        /** @enum {string} */
                                        state: "sent" | "failed" | "opened" | "pending";
                                    } | null;
                                    /** @enum {string} */
                                    state: "done" | "open" | "upcoming" | "missed" | "left-half-done";
                                }[];
                                reminders: boolean;
                                resultsHidden: boolean;
                                schedule: {
                                    /** @enum {string} */
                                    kind: "once";
                                } | {
                                    days: number;
                                    /** @enum {string} */
                                    kind: "every-n-days";
                                } | {
                                    /** @enum {string} */
                                    kind: "weekly";
                                    weekday: number;
                                };
                                shortTitle: string;
                                startsOn: string;
                                /** @enum {string} */
                                status: "active" | "paused" | "stopped";
                                title: string;
                                version: number;
                                windowDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: {
                                clientId: string;
                                createdAt: string;
                                endsOn: string | null;
                                id: string;
                                instrumentId: string;
                                lastReminder: {
                                    at: string;
                                    /** @enum {string} */
                                    state: "sent" | "failed" | "opened" | "pending";
                                } | null;
                                nextDueOn: string | null;
                                recent: {
                                    dueOn: string;
                                    reminder: {
                                        at: string;
                                        /** @enum {string} */
                                        state: "sent" | "failed" | "opened" | "pending";
                                    } | null;
                                    /** @enum {string} */
                                    state: "done" | "open" | "upcoming" | "missed" | "left-half-done";
                                }[];
                                reminders: boolean;
                                resultsHidden: boolean;
                                schedule: {
                                    /** @enum {string} */
                                    kind: "once";
                                } | {
                                    days: number;
                                    /** @enum {string} */
                                    kind: "every-n-days";
                                } | {
                                    /** @enum {string} */
                                    kind: "weekly";
                                    weekday: number;
                                };
                                shortTitle: string;
                                startsOn: string;
                                /** @enum {string} */
                                status: "active" | "paused" | "stopped";
                                title: string;
                                version: number;
                                windowDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                consentRequired: boolean;
                                demo: boolean;
                                displayName: string;
                                email: string;
                                id: string;
                                practiceId: string;
                                practiceName: string;
                                practices: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "admin" | "therapist" | "supervisor" | "client";
                                }[];
                                /** @enum {string} */
                                role: "admin" | "therapist" | "supervisor" | "client";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/switch-practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        practiceId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                consentRequired: boolean;
                                demo: boolean;
                                displayName: string;
                                email: string;
                                id: string;
                                practiceId: string;
                                practiceName: string;
                                practices: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "admin" | "therapist" | "supervisor" | "client";
                                }[];
                                /** @enum {string} */
                                role: "admin" | "therapist" | "supervisor" | "client";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default all
                         * @enum {string}
                         */
                        filter?: "all" | "alerts" | "deteriorated" | "not-on-track" | "overdue";
                        /** @default  */
                        search?: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "archived";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clients: {
                                attention: {
                                    rank: number;
                                    reasons: string[];
                                };
                                displayName: string;
                                email: string;
                                id: string;
                                invitedAt: string;
                                joinedAt: string | null;
                                measures: {
                                    change: {
                                        category: string;
                                        label: string;
                                    } | null;
                                    instrumentId: string;
                                    latest: {
                                        at: string;
                                        band: {
                                            id: string;
                                            label: string;
                                        } | null;
                                        total: number;
                                    };
                                    notOnTrack: {
                                        reason: string;
                                        /** @enum {string} */
                                        status: "on-track" | "not-on-track" | "not-enough-data";
                                    } | null;
                                    shortTitle: string;
                                }[];
                                openAlerts: number;
                                overdue: number;
                                /** @enum {string} */
                                status: "invited" | "active" | "archived";
                                therapists: {
                                    displayName: string;
                                    id: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                jointWork: "ready" | "check-first" | "talk-privately-first";
                                /** @enum {string} */
                                kind: "couple" | "family";
                                members: {
                                    clientId: string;
                                    displayName: string;
                                }[];
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "couple" | "family";
                        memberIds: string[];
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            endedAt: string | null;
                            homework: {
                                assignedAt: string;
                                dueOn: string;
                                id: string;
                                members: {
                                    clientId: string;
                                    entry: {
                                        id: string;
                                        kind: string;
                                    } | null;
                                    helpfulness: number | null;
                                    homeworkId: string;
                                    /** @enum {string} */
                                    status: "waiting" | "done" | "not-done" | "cancelled";
                                }[];
                                note: string | null;
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            }[];
                            id: string;
                            /** @enum {string} */
                            jointWork: "ready" | "check-first" | "talk-privately-first";
                            /** @enum {string} */
                            kind: "couple" | "family";
                            members: {
                                clientId: string;
                                displayName: string;
                                measures: {
                                    at: string;
                                    band: string | null;
                                    instrumentId: string;
                                    shortTitle: string;
                                    total: number;
                                }[];
                                ownGoal: {
                                    at: string;
                                    sharedWithGroup: boolean;
                                    text: string;
                                } | null;
                                safetyCheck: {
                                    answeredAt: string | null;
                                    answers: {
                                        /** @enum {string} */
                                        answer: "yes" | "no" | "rather-not-say";
                                        key: string;
                                    }[] | null;
                                    needsPrivateConversation: boolean;
                                    note: string | null;
                                    privateConversationAt: string | null;
                                    requestedAt: string | null;
                                    /** @enum {string} */
                                    status: "not-asked" | "waiting" | "answered";
                                };
                            }[];
                            name: string;
                            safetyQuestions: {
                                key: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            endedAt: string | null;
                            homework: {
                                assignedAt: string;
                                dueOn: string;
                                id: string;
                                members: {
                                    clientId: string;
                                    entry: {
                                        id: string;
                                        kind: string;
                                    } | null;
                                    helpfulness: number | null;
                                    homeworkId: string;
                                    /** @enum {string} */
                                    status: "waiting" | "done" | "not-done" | "cancelled";
                                }[];
                                note: string | null;
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            }[];
                            id: string;
                            /** @enum {string} */
                            jointWork: "ready" | "check-first" | "talk-privately-first";
                            /** @enum {string} */
                            kind: "couple" | "family";
                            members: {
                                clientId: string;
                                displayName: string;
                                measures: {
                                    at: string;
                                    band: string | null;
                                    instrumentId: string;
                                    shortTitle: string;
                                    total: number;
                                }[];
                                ownGoal: {
                                    at: string;
                                    sharedWithGroup: boolean;
                                    text: string;
                                } | null;
                                safetyCheck: {
                                    answeredAt: string | null;
                                    answers: {
                                        /** @enum {string} */
                                        answer: "yes" | "no" | "rather-not-say";
                                        key: string;
                                    }[] | null;
                                    needsPrivateConversation: boolean;
                                    note: string | null;
                                    privateConversationAt: string | null;
                                    requestedAt: string | null;
                                    /** @enum {string} */
                                    status: "not-asked" | "waiting" | "answered";
                                };
                            }[];
                            name: string;
                            safetyQuestions: {
                                key: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client-groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            endedAt: string | null;
                            homework: {
                                assignedAt: string;
                                dueOn: string;
                                id: string;
                                members: {
                                    clientId: string;
                                    entry: {
                                        id: string;
                                        kind: string;
                                    } | null;
                                    helpfulness: number | null;
                                    homeworkId: string;
                                    /** @enum {string} */
                                    status: "waiting" | "done" | "not-done" | "cancelled";
                                }[];
                                note: string | null;
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            }[];
                            id: string;
                            /** @enum {string} */
                            jointWork: "ready" | "check-first" | "talk-privately-first";
                            /** @enum {string} */
                            kind: "couple" | "family";
                            members: {
                                clientId: string;
                                displayName: string;
                                measures: {
                                    at: string;
                                    band: string | null;
                                    instrumentId: string;
                                    shortTitle: string;
                                    total: number;
                                }[];
                                ownGoal: {
                                    at: string;
                                    sharedWithGroup: boolean;
                                    text: string;
                                } | null;
                                safetyCheck: {
                                    answeredAt: string | null;
                                    answers: {
                                        /** @enum {string} */
                                        answer: "yes" | "no" | "rather-not-say";
                                        key: string;
                                    }[] | null;
                                    needsPrivateConversation: boolean;
                                    note: string | null;
                                    privateConversationAt: string | null;
                                    requestedAt: string | null;
                                    /** @enum {string} */
                                    status: "not-asked" | "waiting" | "answered";
                                };
                            }[];
                            name: string;
                            safetyQuestions: {
                                key: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        end?: true;
                        memberIds?: string[];
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            endedAt: string | null;
                            homework: {
                                assignedAt: string;
                                dueOn: string;
                                id: string;
                                members: {
                                    clientId: string;
                                    entry: {
                                        id: string;
                                        kind: string;
                                    } | null;
                                    helpfulness: number | null;
                                    homeworkId: string;
                                    /** @enum {string} */
                                    status: "waiting" | "done" | "not-done" | "cancelled";
                                }[];
                                note: string | null;
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            }[];
                            id: string;
                            /** @enum {string} */
                            jointWork: "ready" | "check-first" | "talk-privately-first";
                            /** @enum {string} */
                            kind: "couple" | "family";
                            members: {
                                clientId: string;
                                displayName: string;
                                measures: {
                                    at: string;
                                    band: string | null;
                                    instrumentId: string;
                                    shortTitle: string;
                                    total: number;
                                }[];
                                ownGoal: {
                                    at: string;
                                    sharedWithGroup: boolean;
                                    text: string;
                                } | null;
                                safetyCheck: {
                                    answeredAt: string | null;
                                    answers: {
                                        /** @enum {string} */
                                        answer: "yes" | "no" | "rather-not-say";
                                        key: string;
                                    }[] | null;
                                    needsPrivateConversation: boolean;
                                    note: string | null;
                                    privateConversationAt: string | null;
                                    requestedAt: string | null;
                                    /** @enum {string} */
                                    status: "not-asked" | "waiting" | "answered";
                                };
                            }[];
                            name: string;
                            safetyQuestions: {
                                key: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/client-groups/{groupId}/homework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn: string;
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                        tool: {
                            /** @enum {string} */
                            kind: "check-in";
                        } | {
                            /** @enum {string} */
                            kind: "journal";
                        } | {
                            key: string;
                            /** @enum {string} */
                            kind: "worksheet";
                        } | {
                            key: string;
                            /** @enum {string} */
                            kind: "skill";
                        } | {
                            /** @enum {string} */
                            kind: "exposure-practice";
                        } | {
                            /** @enum {string} */
                            kind: "goal-rating";
                        } | {
                            /** @enum {string} */
                            kind: "activities";
                        } | {
                            key: string;
                            /** @enum {string} */
                            kind: "measure";
                        } | {
                            /** @enum {string} */
                            kind: "other";
                            task: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            endedAt: string | null;
                            homework: {
                                assignedAt: string;
                                dueOn: string;
                                id: string;
                                members: {
                                    clientId: string;
                                    entry: {
                                        id: string;
                                        kind: string;
                                    } | null;
                                    helpfulness: number | null;
                                    homeworkId: string;
                                    /** @enum {string} */
                                    status: "waiting" | "done" | "not-done" | "cancelled";
                                }[];
                                note: string | null;
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            }[];
                            id: string;
                            /** @enum {string} */
                            jointWork: "ready" | "check-first" | "talk-privately-first";
                            /** @enum {string} */
                            kind: "couple" | "family";
                            members: {
                                clientId: string;
                                displayName: string;
                                measures: {
                                    at: string;
                                    band: string | null;
                                    instrumentId: string;
                                    shortTitle: string;
                                    total: number;
                                }[];
                                ownGoal: {
                                    at: string;
                                    sharedWithGroup: boolean;
                                    text: string;
                                } | null;
                                safetyCheck: {
                                    answeredAt: string | null;
                                    answers: {
                                        /** @enum {string} */
                                        answer: "yes" | "no" | "rather-not-say";
                                        key: string;
                                    }[] | null;
                                    needsPrivateConversation: boolean;
                                    note: string | null;
                                    privateConversationAt: string | null;
                                    requestedAt: string | null;
                                    /** @enum {string} */
                                    status: "not-asked" | "waiting" | "answered";
                                };
                            }[];
                            name: string;
                            safetyQuestions: {
                                key: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client-groups/{groupId}/private-conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clientId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            endedAt: string | null;
                            homework: {
                                assignedAt: string;
                                dueOn: string;
                                id: string;
                                members: {
                                    clientId: string;
                                    entry: {
                                        id: string;
                                        kind: string;
                                    } | null;
                                    helpfulness: number | null;
                                    homeworkId: string;
                                    /** @enum {string} */
                                    status: "waiting" | "done" | "not-done" | "cancelled";
                                }[];
                                note: string | null;
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            }[];
                            id: string;
                            /** @enum {string} */
                            jointWork: "ready" | "check-first" | "talk-privately-first";
                            /** @enum {string} */
                            kind: "couple" | "family";
                            members: {
                                clientId: string;
                                displayName: string;
                                measures: {
                                    at: string;
                                    band: string | null;
                                    instrumentId: string;
                                    shortTitle: string;
                                    total: number;
                                }[];
                                ownGoal: {
                                    at: string;
                                    sharedWithGroup: boolean;
                                    text: string;
                                } | null;
                                safetyCheck: {
                                    answeredAt: string | null;
                                    answers: {
                                        /** @enum {string} */
                                        answer: "yes" | "no" | "rather-not-say";
                                        key: string;
                                    }[] | null;
                                    needsPrivateConversation: boolean;
                                    note: string | null;
                                    privateConversationAt: string | null;
                                    requestedAt: string | null;
                                    /** @enum {string} */
                                    status: "not-asked" | "waiting" | "answered";
                                };
                            }[];
                            name: string;
                            safetyQuestions: {
                                key: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client-groups/{groupId}/safety-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            endedAt: string | null;
                            homework: {
                                assignedAt: string;
                                dueOn: string;
                                id: string;
                                members: {
                                    clientId: string;
                                    entry: {
                                        id: string;
                                        kind: string;
                                    } | null;
                                    helpfulness: number | null;
                                    homeworkId: string;
                                    /** @enum {string} */
                                    status: "waiting" | "done" | "not-done" | "cancelled";
                                }[];
                                note: string | null;
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            }[];
                            id: string;
                            /** @enum {string} */
                            jointWork: "ready" | "check-first" | "talk-privately-first";
                            /** @enum {string} */
                            kind: "couple" | "family";
                            members: {
                                clientId: string;
                                displayName: string;
                                measures: {
                                    at: string;
                                    band: string | null;
                                    instrumentId: string;
                                    shortTitle: string;
                                    total: number;
                                }[];
                                ownGoal: {
                                    at: string;
                                    sharedWithGroup: boolean;
                                    text: string;
                                } | null;
                                safetyCheck: {
                                    answeredAt: string | null;
                                    answers: {
                                        /** @enum {string} */
                                        answer: "yes" | "no" | "rather-not-say";
                                        key: string;
                                    }[] | null;
                                    needsPrivateConversation: boolean;
                                    note: string | null;
                                    privateConversationAt: string | null;
                                    requestedAt: string | null;
                                    /** @enum {string} */
                                    status: "not-asked" | "waiting" | "answered";
                                };
                            }[];
                            name: string;
                            safetyQuestions: {
                                key: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    status?: "active" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clients: {
                                displayName: string;
                                email: string;
                                id: string;
                                invitedAt: string;
                                joinedAt: string | null;
                                /** @enum {string} */
                                status: "invited" | "active" | "archived";
                                therapists: {
                                    displayName: string;
                                    id: string;
                                }[];
                            }[];
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                displayName: string;
                                email: string;
                                id: string;
                                invitedAt: string;
                                joinedAt: string | null;
                                /** @enum {string} */
                                status: "invited" | "active" | "archived";
                                therapists: {
                                    displayName: string;
                                    id: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                displayName: string;
                                email: string;
                                id: string;
                                invitedAt: string;
                                joinedAt: string | null;
                                /** @enum {string} */
                                status: "invited" | "active" | "archived";
                                therapists: {
                                    displayName: string;
                                    id: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: {
                                clientId: string;
                                createdAt: string;
                                endsOn: string | null;
                                id: string;
                                instrumentId: string;
                                lastReminder: {
                                    at: string;
                                    /** @enum {string} */
                                    state: "sent" | "failed" | "opened" | "pending";
                                } | null;
                                nextDueOn: string | null;
                                recent: {
                                    dueOn: string;
                                    reminder: {
                                        at: string;
                                        /** @enum {string} */
                                        state: "sent" | "failed" | "opened" | "pending";
                                    } | null;
                                    /** @enum {string} */
                                    state: "done" | "open" | "upcoming" | "missed" | "left-half-done";
                                }[];
                                reminders: boolean;
                                resultsHidden: boolean;
                                schedule: {
                                    /** @enum {string} */
                                    kind: "once";
                                } | {
                                    days: number;
                                    /** @enum {string} */
                                    kind: "every-n-days";
                                } | {
                                    /** @enum {string} */
                                    kind: "weekly";
                                    weekday: number;
                                };
                                shortTitle: string;
                                startsOn: string;
                                /** @enum {string} */
                                status: "active" | "paused" | "stopped";
                                title: string;
                                version: number;
                                windowDays: number;
                            }[];
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        endsOn?: string | null;
                        /** Format: uuid */
                        id: string;
                        instrumentId: string;
                        /** @default true */
                        reminders?: boolean;
                        /** @default false */
                        resultsHidden?: boolean;
                        schedule: {
                            /** @enum {string} */
                            kind: "once";
                        } | {
                            days: number;
                            /** @enum {string} */
                            kind: "every-n-days";
                        } | {
                            /** @enum {string} */
                            kind: "weekly";
                            weekday: number;
                        };
                        startsOn: string;
                        /** @default 3 */
                        windowDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignment: {
                                clientId: string;
                                createdAt: string;
                                endsOn: string | null;
                                id: string;
                                instrumentId: string;
                                lastReminder: {
                                    at: string;
                                    /** @enum {string} */
                                    state: "sent" | "failed" | "opened" | "pending";
                                } | null;
                                nextDueOn: string | null;
                                recent: {
                                    dueOn: string;
                                    reminder: {
                                        at: string;
                                        /** @enum {string} */
                                        state: "sent" | "failed" | "opened" | "pending";
                                    } | null;
                                    /** @enum {string} */
                                    state: "done" | "open" | "upcoming" | "missed" | "left-half-done";
                                }[];
                                reminders: boolean;
                                resultsHidden: boolean;
                                schedule: {
                                    /** @enum {string} */
                                    kind: "once";
                                } | {
                                    days: number;
                                    /** @enum {string} */
                                    kind: "every-n-days";
                                } | {
                                    /** @enum {string} */
                                    kind: "weekly";
                                    weekday: number;
                                };
                                shortTitle: string;
                                startsOn: string;
                                /** @enum {string} */
                                status: "active" | "paused" | "stopped";
                                title: string;
                                version: number;
                                windowDays: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignment: {
                                clientId: string;
                                createdAt: string;
                                endsOn: string | null;
                                id: string;
                                instrumentId: string;
                                lastReminder: {
                                    at: string;
                                    /** @enum {string} */
                                    state: "sent" | "failed" | "opened" | "pending";
                                } | null;
                                nextDueOn: string | null;
                                recent: {
                                    dueOn: string;
                                    reminder: {
                                        at: string;
                                        /** @enum {string} */
                                        state: "sent" | "failed" | "opened" | "pending";
                                    } | null;
                                    /** @enum {string} */
                                    state: "done" | "open" | "upcoming" | "missed" | "left-half-done";
                                }[];
                                reminders: boolean;
                                resultsHidden: boolean;
                                schedule: {
                                    /** @enum {string} */
                                    kind: "once";
                                } | {
                                    days: number;
                                    /** @enum {string} */
                                    kind: "every-n-days";
                                } | {
                                    /** @enum {string} */
                                    kind: "weekly";
                                    weekday: number;
                                };
                                shortTitle: string;
                                startsOn: string;
                                /** @enum {string} */
                                status: "active" | "paused" | "stopped";
                                title: string;
                                version: number;
                                windowDays: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endsOn?: string | null;
                        reminders?: boolean;
                        resultsHidden?: boolean;
                        schedule?: {
                            /** @enum {string} */
                            kind: "once";
                        } | {
                            days: number;
                            /** @enum {string} */
                            kind: "every-n-days";
                        } | {
                            /** @enum {string} */
                            kind: "weekly";
                            weekday: number;
                        };
                        /** @enum {string} */
                        status?: "active" | "paused" | "stopped";
                        version: number;
                        windowDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignment: {
                                clientId: string;
                                createdAt: string;
                                endsOn: string | null;
                                id: string;
                                instrumentId: string;
                                lastReminder: {
                                    at: string;
                                    /** @enum {string} */
                                    state: "sent" | "failed" | "opened" | "pending";
                                } | null;
                                nextDueOn: string | null;
                                recent: {
                                    dueOn: string;
                                    reminder: {
                                        at: string;
                                        /** @enum {string} */
                                        state: "sent" | "failed" | "opened" | "pending";
                                    } | null;
                                    /** @enum {string} */
                                    state: "done" | "open" | "upcoming" | "missed" | "left-half-done";
                                }[];
                                reminders: boolean;
                                resultsHidden: boolean;
                                schedule: {
                                    /** @enum {string} */
                                    kind: "once";
                                } | {
                                    days: number;
                                    /** @enum {string} */
                                    kind: "every-n-days";
                                } | {
                                    /** @enum {string} */
                                    kind: "weekly";
                                    weekday: number;
                                };
                                shortTitle: string;
                                startsOn: string;
                                /** @enum {string} */
                                status: "active" | "paused" | "stopped";
                                title: string;
                                version: number;
                                windowDays: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{id}/exposure/hierarchies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hierarchies: {
                                createdAt: string;
                                id: string;
                                name: string;
                                retired: boolean;
                                steps: {
                                    id: string;
                                    predictedSuds: number;
                                    retired: boolean;
                                    situation: string;
                                }[];
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        steps: {
                            /** Format: uuid */
                            id: string;
                            predictedSuds: number;
                            retired: boolean;
                            situation: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hierarchy: {
                                createdAt: string;
                                id: string;
                                name: string;
                                retired: boolean;
                                steps: {
                                    id: string;
                                    predictedSuds: number;
                                    retired: boolean;
                                    situation: string;
                                }[];
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hierarchy: {
                                createdAt: string;
                                id: string;
                                name: string;
                                retired: boolean;
                                steps: {
                                    id: string;
                                    predictedSuds: number;
                                    retired: boolean;
                                    situation: string;
                                }[];
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/exposure/hierarchies/{hierarchyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    hierarchyId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseVersion: number;
                        name: string;
                        retired: boolean;
                        steps: {
                            /** Format: uuid */
                            id: string;
                            predictedSuds: number;
                            retired: boolean;
                            situation: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hierarchy: {
                                createdAt: string;
                                id: string;
                                name: string;
                                retired: boolean;
                                steps: {
                                    id: string;
                                    predictedSuds: number;
                                    retired: boolean;
                                    situation: string;
                                }[];
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            current: {
                                createdAt: string;
                                id: string;
                                name: string;
                                retired: boolean;
                                steps: {
                                    id: string;
                                    predictedSuds: number;
                                    retired: boolean;
                                    situation: string;
                                }[];
                                updatedAt: string;
                                version: number;
                            };
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/exposure/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practices: {
                                happened: string | null;
                                hierarchyId: string;
                                id: string;
                                minutes: number;
                                outcomeCameTrue: number | null;
                                practicedAt: string;
                                predicted: string | null;
                                readings: {
                                    minute: number;
                                    suds: number;
                                }[];
                                recordedAt: string;
                                safetyBehaviours: string | null;
                                stepId: string;
                                sudsAfter: number;
                                sudsBefore: number;
                                sudsPeak: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goals: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            }[];
                            rho: number;
                            tScores: {
                                at: string;
                                date: string;
                                goals: number;
                                tScore: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: {
                            achievable: string;
                            measurable: string;
                            relevant: string;
                            specific: string;
                            timeBound: string;
                            title: string;
                            value?: string;
                        };
                        /** Format: uuid */
                        id: string;
                        steps: {
                            done: boolean;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            text: string;
                        }[];
                        weight?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        baseUpdatedAt: string;
                        content: {
                            achievable: string;
                            measurable: string;
                            relevant: string;
                            specific: string;
                            timeBound: string;
                            title: string;
                            value?: string;
                        };
                        /** @enum {string} */
                        status: "active" | "achieved" | "set-aside";
                        steps: {
                            done: boolean;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            text: string;
                        }[];
                        weight: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/goals/{goalId}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        instrumentIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goalId: string;
                            instrumentIds: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/goals/{goalId}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        level: number;
                        /** Format: date-time */
                        ratedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/goals/{goalId}/scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        levels: {
                            expected: string;
                            less: string;
                            more: string;
                            muchLess: string;
                            muchMore: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/homework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            homework: {
                                answeredAt: string | null;
                                answerNote: string | null;
                                assignedAt: string;
                                dueOn: string;
                                entriesMade: {
                                    at: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                }[];
                                entry: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                } | null;
                                goalId: string | null;
                                helpfulness: number | null;
                                id: string;
                                note: string | null;
                                occasionId: string | null;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "waiting" | "done" | "not-done" | "cancelled";
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            }[];
                            today: string;
                            tools: {
                                skills: {
                                    key: string;
                                    name: string;
                                }[];
                                worksheets: {
                                    key: string;
                                    title: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn: string;
                        /** Format: uuid */
                        goalId?: string | null;
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                        tool: {
                            /** @enum {string} */
                            kind: "check-in";
                        } | {
                            /** @enum {string} */
                            kind: "journal";
                        } | {
                            key: string;
                            /** @enum {string} */
                            kind: "worksheet";
                        } | {
                            key: string;
                            /** @enum {string} */
                            kind: "skill";
                        } | {
                            /** @enum {string} */
                            kind: "exposure-practice";
                        } | {
                            /** @enum {string} */
                            kind: "goal-rating";
                        } | {
                            /** @enum {string} */
                            kind: "activities";
                        } | {
                            key: string;
                            /** @enum {string} */
                            kind: "measure";
                        } | {
                            /** @enum {string} */
                            kind: "other";
                            task: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            homework: {
                                answeredAt: string | null;
                                answerNote: string | null;
                                assignedAt: string;
                                dueOn: string;
                                entriesMade: {
                                    at: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                }[];
                                entry: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                } | null;
                                goalId: string | null;
                                helpfulness: number | null;
                                id: string;
                                note: string | null;
                                occasionId: string | null;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "waiting" | "done" | "not-done" | "cancelled";
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            homework: {
                                answeredAt: string | null;
                                answerNote: string | null;
                                assignedAt: string;
                                dueOn: string;
                                entriesMade: {
                                    at: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                }[];
                                entry: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                } | null;
                                goalId: string | null;
                                helpfulness: number | null;
                                id: string;
                                note: string | null;
                                occasionId: string | null;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "waiting" | "done" | "not-done" | "cancelled";
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/homework/{homeworkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    homeworkId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        cancel?: true;
                        dueOn?: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            homework: {
                                answeredAt: string | null;
                                answerNote: string | null;
                                assignedAt: string;
                                dueOn: string;
                                entriesMade: {
                                    at: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                }[];
                                entry: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                } | null;
                                goalId: string | null;
                                helpfulness: number | null;
                                id: string;
                                note: string | null;
                                occasionId: string | null;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "waiting" | "done" | "not-done" | "cancelled";
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            measures: {
                                bands: {
                                    id: string;
                                    label: string;
                                    max: number;
                                    min: number;
                                }[];
                                baseline: {
                                    at: string;
                                    total: number;
                                } | null;
                                /** @enum {string} */
                                betterDirection: "lower" | "higher";
                                clinicalCutoff: number | null;
                                instrumentId: string;
                                items: {
                                    id: string;
                                    text: string;
                                    values: {
                                        at: string;
                                        responseId: string;
                                        value: number | null;
                                    }[];
                                }[];
                                latestChange: {
                                    category: string;
                                    label: string;
                                } | null;
                                max: number;
                                min: number;
                                notOnTrack: {
                                    reason: string;
                                    /** @enum {string} */
                                    status: "on-track" | "not-on-track" | "not-enough-data";
                                } | null;
                                points: {
                                    at: string;
                                    band: {
                                        id: string;
                                        label: string;
                                    } | null;
                                    change: {
                                        category: string;
                                        label: string;
                                    } | null;
                                    critical: string[];
                                    prorated: boolean;
                                    responseId: string;
                                    total: number | null;
                                }[];
                                reliableChange: number | null;
                                shortTitle: string;
                                /** @enum {string} */
                                thresholds: "published" | "none";
                                title: string;
                            }[];
                            talkingTherapies: {
                                gad7: {
                                    baseline: number;
                                    latest: number;
                                };
                                outcome: {
                                    label: string;
                                    recovery: boolean | null;
                                    reliableDeterioration: boolean;
                                    reliableImprovement: boolean;
                                    reliableRecovery: boolean | null;
                                };
                                phq9: {
                                    baseline: number;
                                    latest: number;
                                };
                            } | null;
                            timeZone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/plans/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "safety-plan" | "coping-plan";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                content: {
                                    [key: string]: {
                                        phone: string | null;
                                        text: string;
                                    }[];
                                };
                                /** @enum {string} */
                                kind: "safety-plan" | "coping-plan";
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                version: number;
                            } | null;
                            sections: {
                                contactFields: boolean;
                                key: string;
                                prompt: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "safety-plan" | "coping-plan";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseVersion: number;
                        content: {
                            [key: string]: {
                                phone: string | null;
                                text: string;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                content: {
                                    [key: string]: {
                                        phone: string | null;
                                        text: string;
                                    }[];
                                };
                                /** @enum {string} */
                                kind: "safety-plan" | "coping-plan";
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            current: {
                                content: {
                                    [key: string]: {
                                        phone: string | null;
                                        text: string;
                                    }[];
                                };
                                /** @enum {string} */
                                kind: "safety-plan" | "coping-plan";
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                version: number;
                            } | null;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/plans/{kind}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "safety-plan" | "coping-plan";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            versions: {
                                content: {
                                    [key: string]: {
                                        phone: string | null;
                                        text: string;
                                    }[];
                                };
                                editedAt: string;
                                editedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/resend-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/responses/{responseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    responseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            response: {
                                at: string;
                                band: {
                                    id: string;
                                    label: string;
                                } | null;
                                id: string;
                                instrumentId: string;
                                items: {
                                    critical: boolean;
                                    id: string;
                                    label: string | null;
                                    text: string;
                                    value: number | null;
                                }[];
                                title: string;
                                total: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                displayName: string;
                                email: string;
                                id: string;
                                invitedAt: string;
                                joinedAt: string | null;
                                /** @enum {string} */
                                status: "invited" | "active" | "archived";
                                therapists: {
                                    displayName: string;
                                    id: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/session-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    since?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goals: {
                                homeworkIds: string[];
                                id: string;
                                measureIds: string[];
                                ratings: {
                                    at: string;
                                    date: string;
                                    level: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                title: string;
                            }[];
                            homework: {
                                answeredAt: string | null;
                                answeredOn: string | null;
                                answerNote: string | null;
                                assignedAt: string;
                                assignedOn: string;
                                dueOn: string;
                                goalId: string | null;
                                helpfulness: number | null;
                                id: string;
                                name: string;
                                /** @enum {string} */
                                status: "waiting" | "done" | "not-done" | "cancelled";
                            }[];
                            lastSessionOn: string | null;
                            measures: {
                                goalIds: string[];
                                instrumentId: string;
                                name: string;
                                scores: {
                                    at: string;
                                    band: string | null;
                                    date: string;
                                    total: number;
                                }[];
                            }[];
                            reviews: {
                                createdAt: string;
                                createdBy: {
                                    displayName: string;
                                };
                                decision: string;
                                heldOn: string;
                                id: string;
                            }[];
                            since: string;
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/session-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decision: string;
                        heldOn: string;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            review: {
                                createdAt: string;
                                createdBy: {
                                    displayName: string;
                                };
                                decision: string;
                                heldOn: string;
                                id: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            review: {
                                createdAt: string;
                                createdBy: {
                                    displayName: string;
                                };
                                decision: string;
                                heldOn: string;
                                id: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/skills/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practices: number;
                            skills: {
                                meanSudsDrop: number;
                                practices: number;
                                /** @enum {string} */
                                skill: "grounding-5-4-3-2-1" | "paced-breathing" | "opposite-action" | "checking-the-facts" | "self-soothe" | "cold-water" | "urge-surfing" | "radical-acceptance" | "pleasant-activity" | "half-smile";
                                skillName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/therapy-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        heldOn: string;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                heldOn: string;
                                id: string;
                                recordedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                heldOn: string;
                                id: string;
                                recordedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clientToday: string;
                            items: ({
                                at: string;
                                checkIn: {
                                    emotions: {
                                        intensity: number;
                                        key: string;
                                        label: string;
                                    }[];
                                    id: string;
                                    mood: number;
                                    note: string | null;
                                    occurredAt: string;
                                    recordedAt: string;
                                    sleepHours: number | null;
                                    tags: {
                                        kind: string;
                                        label: string;
                                    }[];
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                };
                                /** @enum {string} */
                                type: "check-in";
                            } | {
                                at: string;
                                entry: {
                                    body: string;
                                    createdAt: string;
                                    id: string;
                                    updatedAt: string;
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                };
                                /** @enum {string} */
                                type: "journal";
                            } | {
                                at: string;
                                shared: {
                                    createdAt: string;
                                    factorId: string;
                                    id: string;
                                    insight: {
                                        daysWith: number;
                                        daysWithout: number;
                                        /** @enum {string} */
                                        direction: "higher" | "lower" | "unclear";
                                        estimate: {
                                            high: number;
                                            low: number;
                                            value: number;
                                        };
                                        explanation: string;
                                        factor: {
                                            /** @enum {string} */
                                            kind: "tag";
                                            label: string;
                                            tagKind: string;
                                        } | {
                                            /** @enum {string} */
                                            kind: "skill";
                                            label: string;
                                            skillKey: string;
                                        } | {
                                            /** @enum {string} */
                                            kind: "sleep";
                                        };
                                    };
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                };
                                /** @enum {string} */
                                type: "insight";
                            } | {
                                at: string;
                                editedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                /** @enum {string} */
                                kind: "safety-plan" | "coping-plan";
                                /** @enum {string} */
                                type: "plan";
                                version: number;
                            } | {
                                at: string;
                                /** @enum {string} */
                                type: "worksheet";
                                worksheet: {
                                    answers: {
                                        [key: string]: string | number | number[];
                                    };
                                    id: string;
                                    ratingChanges: {
                                        after: number | null;
                                        before: number;
                                        change: number | null;
                                        label: string;
                                    }[];
                                    recordedAt: string;
                                    title: string;
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                    worksheet: string;
                                };
                            } | {
                                at: string;
                                practice: {
                                    id: string;
                                    note: string | null;
                                    practicedAt: string;
                                    recordedAt: string;
                                    /** @enum {string} */
                                    skill: "grounding-5-4-3-2-1" | "paced-breathing" | "opposite-action" | "checking-the-facts" | "self-soothe" | "cold-water" | "urge-surfing" | "radical-acceptance" | "pleasant-activity" | "half-smile";
                                    skillName: string;
                                    sudsAfter: number;
                                    sudsBefore: number;
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                };
                                /** @enum {string} */
                                type: "skill-practice";
                            } | {
                                at: string;
                                homework: {
                                    answeredAt: string | null;
                                    answerNote: string | null;
                                    assignedAt: string;
                                    dueOn: string;
                                    entriesMade: {
                                        at: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                        /** @enum {string} */
                                        visibility: "private" | "shared";
                                    }[];
                                    entry: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                    } | null;
                                    goalId: string | null;
                                    helpfulness: number | null;
                                    id: string;
                                    note: string | null;
                                    occasionId: string | null;
                                    overdue: boolean;
                                    /** @enum {string} */
                                    status: "waiting" | "done" | "not-done" | "cancelled";
                                    tool: {
                                        key: string | null;
                                        /** @enum {string} */
                                        kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                        name: string;
                                    };
                                };
                                /** @enum {string} */
                                type: "homework";
                            } | {
                                at: string;
                                practice: {
                                    happened: string | null;
                                    hierarchyId: string;
                                    id: string;
                                    minutes: number;
                                    outcomeCameTrue: number | null;
                                    practicedAt: string;
                                    predicted: string | null;
                                    readings: {
                                        minute: number;
                                        suds: number;
                                    }[];
                                    recordedAt: string;
                                    safetyBehaviours: string | null;
                                    stepId: string;
                                    sudsAfter: number;
                                    sudsBefore: number;
                                    sudsPeak: number;
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                };
                                step: {
                                    hierarchyName: string;
                                    predictedSuds: number;
                                    situation: string;
                                } | null;
                                /** @enum {string} */
                                type: "exposure-practice";
                            } | {
                                activity: {
                                    actualMastery: number | null;
                                    actualPleasure: number | null;
                                    afterNote: string | null;
                                    createdAt: string;
                                    doneOn: string | null;
                                    id: string;
                                    plannedOn: string;
                                    plannedTime: string | null;
                                    predictedMastery: number;
                                    predictedPleasure: number;
                                    ratedAt: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "done" | "not-done";
                                    title: string;
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                };
                                at: string;
                                /** @enum {string} */
                                type: "activity";
                            })[];
                            summary: {
                                checkIns: {
                                    count: number;
                                    moodAverage: number | null;
                                    previousMoodAverage: number | null;
                                };
                                homework: {
                                    done: number;
                                    helpfulnessAverage: number | null;
                                    notDone: number;
                                };
                                lastSessionOn: string | null;
                                planChanges: {
                                    at: string;
                                    /** @enum {string} */
                                    kind: "safety-plan" | "coping-plan";
                                    version: number;
                                }[];
                                sharedExposurePractices: number;
                                sharedJournalEntries: number;
                                sharedSkillPractices: number;
                                sharedWorksheets: number;
                                since: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: {
                                description: string;
                                /** @enum {string} */
                                key: "achievement" | "adventure" | "belonging" | "calm" | "care" | "community" | "courage" | "creativity" | "curiosity" | "fairness" | "faith" | "family" | "freedom" | "friendship" | "fun" | "growth" | "health" | "honesty" | "independence" | "kindness" | "love" | "nature" | "order" | "purpose" | "respect" | "security";
                                name: string;
                            }[];
                            strengthOptions: {
                                /** @enum {string} */
                                key: "patience" | "humour" | "kindness" | "determination" | "creativity" | "honesty" | "listening" | "curiosity" | "courage" | "loyalty" | "organised" | "practical" | "caring" | "hard-work" | "fairness" | "hope" | "calm" | "noticing" | "asking-help" | "learning";
                                name: string;
                            }[];
                            strengths: {
                                own: {
                                    id: string;
                                    text: string;
                                }[];
                                picked: ("patience" | "humour" | "kindness" | "determination" | "creativity" | "honesty" | "listening" | "curiosity" | "courage" | "loyalty" | "organised" | "practical" | "caring" | "hard-work" | "fairness" | "hope" | "calm" | "noticing" | "asking-help" | "learning")[];
                                updatedAt: string;
                                version: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            } | null;
                            values: {
                                cards: {
                                    /** @enum {string} */
                                    key: "achievement" | "adventure" | "belonging" | "calm" | "care" | "community" | "courage" | "creativity" | "curiosity" | "fairness" | "faith" | "family" | "freedom" | "friendship" | "fun" | "growth" | "health" | "honesty" | "independence" | "kindness" | "love" | "nature" | "order" | "purpose" | "respect" | "security";
                                    /** @enum {string} */
                                    pile: "very-important" | "important" | "not-so-important";
                                }[];
                                own: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    pile: "very-important" | "important" | "not-so-important";
                                }[];
                                updatedAt: string;
                                version: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                displayName: string;
                                email: string;
                                id: string;
                                invitedAt: string;
                                joinedAt: string | null;
                                /** @enum {string} */
                                status: "invited" | "active" | "archived";
                                therapists: {
                                    displayName: string;
                                    id: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                displayName: string;
                                email: string;
                                id: string;
                                invitedAt: string;
                                joinedAt: string | null;
                                /** @enum {string} */
                                status: "invited" | "active" | "archived";
                                therapists: {
                                    displayName: string;
                                    id: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedVersion: number | null;
                            text: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consent/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis-resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            country: string;
                            countryName: string;
                            emergency: string;
                            resources: {
                                description: string;
                                name: string;
                                phone: string | null;
                                text: string | null;
                                url: string | null;
                            }[];
                            verified: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "embedded" | "external";
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demo: {
                                accounts: {
                                    displayName: string;
                                    email: string;
                                    /** @enum {string} */
                                    role: "admin" | "therapist" | "supervisor" | "client";
                                }[];
                            } | null;
                            /** @enum {string} */
                            passwordReset: "email" | "operator";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            instruments: {
                                assignable: boolean;
                                bands: {
                                    id: string;
                                    label: string;
                                    max: number;
                                    min: number;
                                }[];
                                /** @enum {string} */
                                betterDirection: "lower" | "higher";
                                id: string;
                                itemCount: number;
                                licence: {
                                    attribution: string;
                                    kind: string;
                                    text: string;
                                    url: string | null;
                                };
                                licenceAccepted: boolean;
                                max: number;
                                min: number;
                                /** @enum {string|null} */
                                notAssignableReason: "licence" | "fallback-contact" | null;
                                riskBearing: boolean;
                                shortTitle: string;
                                title: string;
                                version: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instruments/{id}/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            resourceType: "Questionnaire";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acceptConsentVersion?: number;
                        /** @enum {string} */
                        account: "new" | "existing";
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                consentRequired: boolean;
                                demo: boolean;
                                displayName: string;
                                email: string;
                                id: string;
                                practiceId: string;
                                practiceName: string;
                                practices: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "admin" | "therapist" | "supervisor" | "client";
                                }[];
                                /** @enum {string} */
                                role: "admin" | "therapist" | "supervisor" | "client";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consent: {
                                text: string;
                                version: number;
                            } | null;
                            displayName: string;
                            email: string;
                            practiceName: string;
                            /** @enum {string} */
                            role: "admin" | "therapist" | "supervisor" | "client";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: {
                                actualMastery: number | null;
                                actualPleasure: number | null;
                                afterNote: string | null;
                                createdAt: string;
                                doneOn: string | null;
                                id: string;
                                plannedOn: string;
                                plannedTime: string | null;
                                predictedMastery: number;
                                predictedPleasure: number;
                                ratedAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "done" | "not-done";
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            }[];
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        plannedOn: string;
                        plannedTime: string | null;
                        predictedMastery: number;
                        predictedPleasure: number;
                        title: string;
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                actualMastery: number | null;
                                actualPleasure: number | null;
                                afterNote: string | null;
                                createdAt: string;
                                doneOn: string | null;
                                id: string;
                                plannedOn: string;
                                plannedTime: string | null;
                                predictedMastery: number;
                                predictedPleasure: number;
                                ratedAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "done" | "not-done";
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                actualMastery: number | null;
                                actualPleasure: number | null;
                                afterNote: string | null;
                                createdAt: string;
                                doneOn: string | null;
                                id: string;
                                plannedOn: string;
                                plannedTime: string | null;
                                predictedMastery: number;
                                predictedPleasure: number;
                                ratedAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "done" | "not-done";
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/activities/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        doneOn: string;
                        mastery: number;
                        note: string | null;
                        /** @enum {string} */
                        outcome: "done";
                        pleasure: number;
                    } | {
                        note: string | null;
                        /** @enum {string} */
                        outcome: "not-done";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                actualMastery: number | null;
                                actualPleasure: number | null;
                                afterNote: string | null;
                                createdAt: string;
                                doneOn: string | null;
                                id: string;
                                plannedOn: string;
                                plannedTime: string | null;
                                predictedMastery: number;
                                predictedPleasure: number;
                                ratedAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "done" | "not-done";
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/activities/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                actualMastery: number | null;
                                actualPleasure: number | null;
                                afterNote: string | null;
                                createdAt: string;
                                doneOn: string | null;
                                id: string;
                                plannedOn: string;
                                plannedTime: string | null;
                                predictedMastery: number;
                                predictedPleasure: number;
                                ratedAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "done" | "not-done";
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/activities/mood": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            averages: {
                                actualMastery: number;
                                actualPleasure: number;
                                predictedMastery: number;
                                predictedPleasure: number;
                            } | null;
                            done: {
                                actualMastery: number;
                                actualPleasure: number;
                                doneOn: string;
                                id: string;
                                predictedMastery: number;
                                predictedPleasure: number;
                                title: string;
                            }[];
                            mood: {
                                daysWithActivity: number;
                                daysWithout: number;
                                /** @enum {string|null} */
                                direction: "higher" | "lower" | "unclear" | null;
                                estimate: {
                                    high: number;
                                    low: number;
                                    value: number;
                                } | null;
                                explanation: string | null;
                                minimumDaysEachSide: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/care-team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            therapists: {
                                displayName: string;
                                id: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/check-in-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            emotions: {
                                key: string;
                                label: string;
                            }[];
                            suggestedTags: {
                                kind: string;
                                label: string;
                            }[];
                            tagKinds: {
                                key: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkIns: {
                                emotions: {
                                    intensity: number;
                                    key: string;
                                    label: string;
                                }[];
                                id: string;
                                mood: number;
                                note: string | null;
                                occurredAt: string;
                                recordedAt: string;
                                sleepHours: number | null;
                                tags: {
                                    kind: string;
                                    label: string;
                                }[];
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        emotions: {
                            intensity: number;
                            /** @enum {string} */
                            key: "calm" | "content" | "joyful" | "hopeful" | "grateful" | "proud" | "loved" | "tired" | "bored" | "lonely" | "sad" | "anxious" | "worried" | "stressed" | "irritable" | "angry" | "ashamed" | "guilty" | "numb" | "overwhelmed";
                        }[];
                        /** Format: uuid */
                        id: string;
                        mood: number;
                        note: string | null;
                        /** Format: date-time */
                        occurredAt: string;
                        sleepHours: number | null;
                        tags: {
                            /** @enum {string} */
                            kind: "activity" | "people" | "place" | "trigger";
                            label: string;
                        }[];
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkIn: {
                                emotions: {
                                    intensity: number;
                                    key: string;
                                    label: string;
                                }[];
                                id: string;
                                mood: number;
                                note: string | null;
                                occurredAt: string;
                                recordedAt: string;
                                sleepHours: number | null;
                                tags: {
                                    kind: string;
                                    label: string;
                                }[];
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkIn: {
                                emotions: {
                                    intensity: number;
                                    key: string;
                                    label: string;
                                }[];
                                id: string;
                                mood: number;
                                note: string | null;
                                occurredAt: string;
                                recordedAt: string;
                                sleepHours: number | null;
                                tags: {
                                    kind: string;
                                    label: string;
                                }[];
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/check-ins/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkIn: {
                                emotions: {
                                    intensity: number;
                                    key: string;
                                    label: string;
                                }[];
                                id: string;
                                mood: number;
                                note: string | null;
                                occurredAt: string;
                                recordedAt: string;
                                sleepHours: number | null;
                                tags: {
                                    kind: string;
                                    label: string;
                                }[];
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/exposure/hierarchies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hierarchies: {
                                createdAt: string;
                                id: string;
                                name: string;
                                retired: boolean;
                                steps: {
                                    id: string;
                                    predictedSuds: number;
                                    retired: boolean;
                                    situation: string;
                                }[];
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        steps: {
                            /** Format: uuid */
                            id: string;
                            predictedSuds: number;
                            retired: boolean;
                            situation: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hierarchy: {
                                createdAt: string;
                                id: string;
                                name: string;
                                retired: boolean;
                                steps: {
                                    id: string;
                                    predictedSuds: number;
                                    retired: boolean;
                                    situation: string;
                                }[];
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hierarchy: {
                                createdAt: string;
                                id: string;
                                name: string;
                                retired: boolean;
                                steps: {
                                    id: string;
                                    predictedSuds: number;
                                    retired: boolean;
                                    situation: string;
                                }[];
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/exposure/hierarchies/{hierarchyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    hierarchyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseVersion: number;
                        name: string;
                        retired: boolean;
                        steps: {
                            /** Format: uuid */
                            id: string;
                            predictedSuds: number;
                            retired: boolean;
                            situation: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hierarchy: {
                                createdAt: string;
                                id: string;
                                name: string;
                                retired: boolean;
                                steps: {
                                    id: string;
                                    predictedSuds: number;
                                    retired: boolean;
                                    situation: string;
                                }[];
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            current: {
                                createdAt: string;
                                id: string;
                                name: string;
                                retired: boolean;
                                steps: {
                                    id: string;
                                    predictedSuds: number;
                                    retired: boolean;
                                    situation: string;
                                }[];
                                updatedAt: string;
                                version: number;
                            };
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/exposure/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practices: {
                                happened: string | null;
                                hierarchyId: string;
                                id: string;
                                minutes: number;
                                outcomeCameTrue: number | null;
                                practicedAt: string;
                                predicted: string | null;
                                readings: {
                                    minute: number;
                                    suds: number;
                                }[];
                                recordedAt: string;
                                safetyBehaviours: string | null;
                                stepId: string;
                                sudsAfter: number;
                                sudsBefore: number;
                                sudsPeak: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        happened: string | null;
                        /** Format: uuid */
                        hierarchyId: string;
                        /** Format: uuid */
                        id: string;
                        minutes: number;
                        outcomeCameTrue: number | null;
                        /** Format: date-time */
                        practicedAt: string;
                        predicted: string | null;
                        readings: {
                            minute: number;
                            suds: number;
                        }[];
                        safetyBehaviours: string | null;
                        /** Format: uuid */
                        stepId: string;
                        sudsAfter: number;
                        sudsBefore: number;
                        sudsPeak: number;
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practice: {
                                happened: string | null;
                                hierarchyId: string;
                                id: string;
                                minutes: number;
                                outcomeCameTrue: number | null;
                                practicedAt: string;
                                predicted: string | null;
                                readings: {
                                    minute: number;
                                    suds: number;
                                }[];
                                recordedAt: string;
                                safetyBehaviours: string | null;
                                stepId: string;
                                sudsAfter: number;
                                sudsBefore: number;
                                sudsPeak: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practice: {
                                happened: string | null;
                                hierarchyId: string;
                                id: string;
                                minutes: number;
                                outcomeCameTrue: number | null;
                                practicedAt: string;
                                predicted: string | null;
                                readings: {
                                    minute: number;
                                    suds: number;
                                }[];
                                recordedAt: string;
                                safetyBehaviours: string | null;
                                stepId: string;
                                sudsAfter: number;
                                sudsBefore: number;
                                sudsPeak: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/exposure/practices/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practice: {
                                happened: string | null;
                                hierarchyId: string;
                                id: string;
                                minutes: number;
                                outcomeCameTrue: number | null;
                                practicedAt: string;
                                predicted: string | null;
                                readings: {
                                    minute: number;
                                    suds: number;
                                }[];
                                recordedAt: string;
                                safetyBehaviours: string | null;
                                stepId: string;
                                sudsAfter: number;
                                sudsBefore: number;
                                sudsPeak: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goals: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            }[];
                            rho: number;
                            tScores: {
                                at: string;
                                date: string;
                                goals: number;
                                tScore: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: {
                            achievable: string;
                            measurable: string;
                            relevant: string;
                            specific: string;
                            timeBound: string;
                            title: string;
                            value?: string;
                        };
                        /** Format: uuid */
                        id: string;
                        steps: {
                            done: boolean;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            text: string;
                        }[];
                        weight?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        baseUpdatedAt: string;
                        content: {
                            achievable: string;
                            measurable: string;
                            relevant: string;
                            specific: string;
                            timeBound: string;
                            title: string;
                            value?: string;
                        };
                        /** @enum {string} */
                        status: "active" | "achieved" | "set-aside";
                        steps: {
                            done: boolean;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            text: string;
                        }[];
                        weight: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/goals/{goalId}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        level: number;
                        /** Format: date-time */
                        ratedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/goals/{goalId}/scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        levels: {
                            expected: string;
                            less: string;
                            more: string;
                            muchLess: string;
                            muchMore: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goal: {
                                content: {
                                    achievable: string;
                                    measurable: string;
                                    relevant: string;
                                    specific: string;
                                    timeBound: string;
                                    title: string;
                                    value?: string;
                                };
                                createdAt: string;
                                id: string;
                                ratings: {
                                    id: string;
                                    level: number;
                                    ratedAt: string;
                                    ratedBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    scaleVersion: number;
                                }[];
                                scales: {
                                    createdAt: string;
                                    createdBy: {
                                        displayName: string;
                                        role: string;
                                    };
                                    id: string;
                                    levels: {
                                        expected: string;
                                        less: string;
                                        more: string;
                                        muchLess: string;
                                        muchMore: string;
                                    };
                                    version: number;
                                }[];
                                /** @enum {string} */
                                status: "active" | "achieved" | "set-aside";
                                steps: {
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    text: string;
                                }[];
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                weight: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                id: string;
                                /** @enum {string} */
                                kind: "couple" | "family";
                                ownGoal: {
                                    at: string;
                                    sharedWithGroup: boolean;
                                    text: string;
                                } | null;
                                safetyCheck: {
                                    answeredAt: string | null;
                                    asked: boolean;
                                };
                                sharedWithMe: {
                                    at: string;
                                    displayName: string;
                                    text: string;
                                }[];
                            }[];
                            safetyQuestions: {
                                key: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/groups/{groupId}/own-goal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @default false */
                        shareWithGroup?: boolean;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                id: string;
                                /** @enum {string} */
                                kind: "couple" | "family";
                                ownGoal: {
                                    at: string;
                                    sharedWithGroup: boolean;
                                    text: string;
                                } | null;
                                safetyCheck: {
                                    answeredAt: string | null;
                                    asked: boolean;
                                };
                                sharedWithMe: {
                                    at: string;
                                    displayName: string;
                                    text: string;
                                }[];
                            }[];
                            safetyQuestions: {
                                key: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/groups/{groupId}/safety-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            /** @enum {string} */
                            afraid: "yes" | "no" | "rather-not-say";
                            /** @enum {string} */
                            controlled: "yes" | "no" | "rather-not-say";
                            /** @enum {string} */
                            hurt: "yes" | "no" | "rather-not-say";
                            /** @enum {string} */
                            "unsafe-to-speak": "yes" | "no" | "rather-not-say";
                        };
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string;
                            needsPrivateConversation: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/homework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            homework: {
                                answeredAt: string | null;
                                answerNote: string | null;
                                assignedAt: string;
                                dueOn: string;
                                entriesMade: {
                                    at: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                }[];
                                entry: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                } | null;
                                goalId: string | null;
                                helpfulness: number | null;
                                id: string;
                                note: string | null;
                                occasionId: string | null;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "waiting" | "done" | "not-done" | "cancelled";
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            }[];
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/homework/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entry: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                            share?: boolean;
                        } | null;
                        helpfulness: number;
                        note: string | null;
                        /** @enum {string} */
                        outcome: "done";
                    } | {
                        note: string | null;
                        /** @enum {string} */
                        outcome: "not-done";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            homework: {
                                answeredAt: string | null;
                                answerNote: string | null;
                                assignedAt: string;
                                dueOn: string;
                                entriesMade: {
                                    at: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                    /** @enum {string} */
                                    visibility: "private" | "shared";
                                }[];
                                entry: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill-practice" | "exposure-practice" | "activity";
                                } | null;
                                goalId: string | null;
                                helpfulness: number | null;
                                id: string;
                                note: string | null;
                                occasionId: string | null;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "waiting" | "done" | "not-done" | "cancelled";
                                tool: {
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "check-in" | "journal" | "worksheet" | "skill" | "exposure-practice" | "goal-rating" | "activities" | "measure" | "other";
                                    name: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            daysWithCheckIns: number;
                            insights: {
                                daysWith: number;
                                daysWithout: number;
                                /** @enum {string} */
                                direction: "higher" | "lower" | "unclear";
                                estimate: {
                                    high: number;
                                    low: number;
                                    value: number;
                                };
                                explanation: string;
                                factor: {
                                    /** @enum {string} */
                                    kind: "tag";
                                    label: string;
                                    tagKind: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "skill";
                                    label: string;
                                    skillKey: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "sleep";
                                };
                                id: string;
                            }[];
                            shared: {
                                createdAt: string;
                                factorId: string;
                                id: string;
                                insight: {
                                    daysWith: number;
                                    daysWithout: number;
                                    /** @enum {string} */
                                    direction: "higher" | "lower" | "unclear";
                                    estimate: {
                                        high: number;
                                        low: number;
                                        value: number;
                                    };
                                    explanation: string;
                                    factor: {
                                        /** @enum {string} */
                                        kind: "tag";
                                        label: string;
                                        tagKind: string;
                                    } | {
                                        /** @enum {string} */
                                        kind: "skill";
                                        label: string;
                                        skillKey: string;
                                    } | {
                                        /** @enum {string} */
                                        kind: "sleep";
                                    };
                                };
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/insights/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        factorId: string;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            shared: {
                                createdAt: string;
                                factorId: string;
                                id: string;
                                insight: {
                                    daysWith: number;
                                    daysWithout: number;
                                    /** @enum {string} */
                                    direction: "higher" | "lower" | "unclear";
                                    estimate: {
                                        high: number;
                                        low: number;
                                        value: number;
                                    };
                                    explanation: string;
                                    factor: {
                                        /** @enum {string} */
                                        kind: "tag";
                                        label: string;
                                        tagKind: string;
                                    } | {
                                        /** @enum {string} */
                                        kind: "skill";
                                        label: string;
                                        skillKey: string;
                                    } | {
                                        /** @enum {string} */
                                        kind: "sleep";
                                    };
                                };
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            shared: {
                                createdAt: string;
                                factorId: string;
                                id: string;
                                insight: {
                                    daysWith: number;
                                    daysWithout: number;
                                    /** @enum {string} */
                                    direction: "higher" | "lower" | "unclear";
                                    estimate: {
                                        high: number;
                                        low: number;
                                        value: number;
                                    };
                                    explanation: string;
                                    factor: {
                                        /** @enum {string} */
                                        kind: "tag";
                                        label: string;
                                        tagKind: string;
                                    } | {
                                        /** @enum {string} */
                                        kind: "skill";
                                        label: string;
                                        skillKey: string;
                                    } | {
                                        /** @enum {string} */
                                        kind: "sleep";
                                    };
                                };
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/insights/shares/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            shared: {
                                createdAt: string;
                                factorId: string;
                                id: string;
                                insight: {
                                    daysWith: number;
                                    daysWithout: number;
                                    /** @enum {string} */
                                    direction: "higher" | "lower" | "unclear";
                                    estimate: {
                                        high: number;
                                        low: number;
                                        value: number;
                                    };
                                    explanation: string;
                                    factor: {
                                        /** @enum {string} */
                                        kind: "tag";
                                        label: string;
                                        tagKind: string;
                                    } | {
                                        /** @enum {string} */
                                        kind: "skill";
                                        label: string;
                                        skillKey: string;
                                    } | {
                                        /** @enum {string} */
                                        kind: "sleep";
                                    };
                                };
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                body: string;
                                createdAt: string;
                                id: string;
                                updatedAt: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                body: string;
                                createdAt: string;
                                id: string;
                                updatedAt: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                body: string;
                                createdAt: string;
                                id: string;
                                updatedAt: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/journal/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                body: string;
                                createdAt: string;
                                id: string;
                                updatedAt: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            measures: {
                                bands: {
                                    id: string;
                                    label: string;
                                    max: number;
                                    min: number;
                                }[];
                                /** @enum {string} */
                                betterDirection: "lower" | "higher";
                                instrumentId: string;
                                max: number;
                                meaning: string | null;
                                min: number;
                                points: {
                                    at: string;
                                    band: {
                                        id: string;
                                        label: string;
                                    } | null;
                                    total: number | null;
                                }[];
                                shortTitle: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/measures/occasions/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: (number | boolean | string) | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/measures/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default {} */
                        answers?: {
                            [key: string]: number | null;
                        };
                        /** Format: uuid */
                        id: string;
                        instrumentId: string;
                        item?: {
                            answer?: ({
                                valueCoding: {
                                    code?: string;
                                    display?: string;
                                    system?: string;
                                };
                            } | {
                                valueInteger: number;
                            } | {
                                valueDecimal: number;
                            } | {
                                valueBoolean: boolean;
                            } | {
                                valueString: string;
                            })[];
                            item?: {
                                answer?: ({
                                    valueCoding: {
                                        code?: string;
                                        display?: string;
                                        system?: string;
                                    };
                                } | {
                                    valueInteger: number;
                                } | {
                                    valueDecimal: number;
                                } | {
                                    valueBoolean: boolean;
                                } | {
                                    valueString: string;
                                })[];
                                item?: {
                                    answer?: ({
                                        valueCoding: {
                                            code?: string;
                                            display?: string;
                                            system?: string;
                                        };
                                    } | {
                                        valueInteger: number;
                                    } | {
                                        valueDecimal: number;
                                    } | {
                                        valueBoolean: boolean;
                                    } | {
                                        valueString: string;
                                    })[];
                                    item?: {
                                        answer?: ({
                                            valueCoding: {
                                                code?: string;
                                                display?: string;
                                                system?: string;
                                            };
                                        } | {
                                            valueInteger: number;
                                        } | {
                                            valueDecimal: number;
                                        } | {
                                            valueBoolean: boolean;
                                        } | {
                                            valueString: string;
                                        })[];
                                        item?: {
                                            answer?: ({
                                                valueCoding: {
                                                    code?: string;
                                                    display?: string;
                                                    system?: string;
                                                };
                                            } | {
                                                valueInteger: number;
                                            } | {
                                                valueDecimal: number;
                                            } | {
                                                valueBoolean: boolean;
                                            } | {
                                                valueString: string;
                                            })[];
                                            linkId: string;
                                            text?: string;
                                        }[];
                                        linkId: string;
                                        text?: string;
                                    }[];
                                    linkId: string;
                                    text?: string;
                                }[];
                                linkId: string;
                                text?: string;
                            }[];
                            linkId: string;
                            text?: string;
                        }[];
                        /** Format: uuid */
                        occasionId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            crisis: {
                                hasSafetyPlan: boolean;
                                message: string;
                                resources: {
                                    country: string;
                                    countryName: string;
                                    emergency: string;
                                    resources: {
                                        description: string;
                                        name: string;
                                        phone: string | null;
                                        text: string | null;
                                        url: string | null;
                                    }[];
                                    verified: boolean;
                                };
                            } | null;
                            response: {
                                band: {
                                    id: string;
                                    label: string;
                                } | null;
                                id: string;
                                instrumentId: string;
                                meaning: string | null;
                                showResults: boolean;
                                submittedAt: string;
                                title: string;
                                total: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            crisis: {
                                hasSafetyPlan: boolean;
                                message: string;
                                resources: {
                                    country: string;
                                    countryName: string;
                                    emergency: string;
                                    resources: {
                                        description: string;
                                        name: string;
                                        phone: string | null;
                                        text: string | null;
                                        url: string | null;
                                    }[];
                                    verified: boolean;
                                };
                            } | null;
                            response: {
                                band: {
                                    id: string;
                                    label: string;
                                } | null;
                                id: string;
                                instrumentId: string;
                                meaning: string | null;
                                showResults: boolean;
                                submittedAt: string;
                                title: string;
                                total: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/measures/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            todo: {
                                closesAt: string;
                                draft: {
                                    [key: string]: (number | boolean | string) | null;
                                } | null;
                                draftSavedAt: string | null;
                                dueOn: string;
                                instrumentId: string;
                                itemCount: number;
                                occasionId: string;
                                shortTitle: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Caseload notices told to the signed-in staff member in the last 30 days (a client newly not on track, a measure not answered in time), newest first. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notices: {
                                clientId: string;
                                clientName: string;
                                createdAt: string;
                                /** @enum {string} */
                                delivery: "immediate" | "digest";
                                id: string;
                                instrumentId: string;
                                instrumentTitle: string;
                                /** @enum {string} */
                                kind: "not-on-track" | "overdue";
                                notifiedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            preferences: {
                                /** @enum {string} */
                                delivery: "immediate" | "digest";
                                /** @enum {string} */
                                kind: "critical-item" | "not-on-track" | "overdue";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        /** @description Saves the kinds given; the others stay as they were. A critical-item alert always also goes at once to someone. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        preferences: {
                            /** @enum {string} */
                            delivery: "immediate" | "digest";
                            /** @enum {string} */
                            kind: "critical-item" | "not-on-track" | "overdue";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            preferences: {
                                /** @enum {string} */
                                delivery: "immediate" | "digest";
                                /** @enum {string} */
                                kind: "critical-item" | "not-on-track" | "overdue";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/plans/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "safety-plan" | "coping-plan";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                content: {
                                    [key: string]: {
                                        phone: string | null;
                                        text: string;
                                    }[];
                                };
                                /** @enum {string} */
                                kind: "safety-plan" | "coping-plan";
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                version: number;
                            } | null;
                            sections: {
                                contactFields: boolean;
                                key: string;
                                prompt: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "safety-plan" | "coping-plan";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseVersion: number;
                        content: {
                            [key: string]: {
                                phone: string | null;
                                text: string;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                content: {
                                    [key: string]: {
                                        phone: string | null;
                                        text: string;
                                    }[];
                                };
                                /** @enum {string} */
                                kind: "safety-plan" | "coping-plan";
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            current: {
                                content: {
                                    [key: string]: {
                                        phone: string | null;
                                        text: string;
                                    }[];
                                };
                                /** @enum {string} */
                                kind: "safety-plan" | "coping-plan";
                                updatedAt: string;
                                updatedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                version: number;
                            } | null;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/plans/{kind}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "safety-plan" | "coping-plan";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            versions: {
                                content: {
                                    [key: string]: {
                                        phone: string | null;
                                        text: string;
                                    }[];
                                };
                                editedAt: string;
                                editedBy: {
                                    displayName: string;
                                    role: string;
                                };
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/skill-practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practices: {
                                id: string;
                                note: string | null;
                                practicedAt: string;
                                recordedAt: string;
                                /** @enum {string} */
                                skill: "grounding-5-4-3-2-1" | "paced-breathing" | "opposite-action" | "checking-the-facts" | "self-soothe" | "cold-water" | "urge-surfing" | "radical-acceptance" | "pleasant-activity" | "half-smile";
                                skillName: string;
                                sudsAfter: number;
                                sudsBefore: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                        /** Format: date-time */
                        practicedAt: string;
                        /** @enum {string} */
                        skill: "grounding-5-4-3-2-1" | "paced-breathing" | "opposite-action" | "checking-the-facts" | "self-soothe" | "cold-water" | "urge-surfing" | "radical-acceptance" | "pleasant-activity" | "half-smile";
                        sudsAfter: number;
                        sudsBefore: number;
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practice: {
                                id: string;
                                note: string | null;
                                practicedAt: string;
                                recordedAt: string;
                                /** @enum {string} */
                                skill: "grounding-5-4-3-2-1" | "paced-breathing" | "opposite-action" | "checking-the-facts" | "self-soothe" | "cold-water" | "urge-surfing" | "radical-acceptance" | "pleasant-activity" | "half-smile";
                                skillName: string;
                                sudsAfter: number;
                                sudsBefore: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practice: {
                                id: string;
                                note: string | null;
                                practicedAt: string;
                                recordedAt: string;
                                /** @enum {string} */
                                skill: "grounding-5-4-3-2-1" | "paced-breathing" | "opposite-action" | "checking-the-facts" | "self-soothe" | "cold-water" | "urge-surfing" | "radical-acceptance" | "pleasant-activity" | "half-smile";
                                skillName: string;
                                sudsAfter: number;
                                sudsBefore: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/skill-practices/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practice: {
                                id: string;
                                note: string | null;
                                practicedAt: string;
                                recordedAt: string;
                                /** @enum {string} */
                                skill: "grounding-5-4-3-2-1" | "paced-breathing" | "opposite-action" | "checking-the-facts" | "self-soothe" | "cold-water" | "urge-surfing" | "radical-acceptance" | "pleasant-activity" | "half-smile";
                                skillName: string;
                                sudsAfter: number;
                                sudsBefore: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/skills/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            practices: number;
                            skills: {
                                meanSudsDrop: number;
                                practices: number;
                                /** @enum {string} */
                                skill: "grounding-5-4-3-2-1" | "paced-breathing" | "opposite-action" | "checking-the-facts" | "self-soothe" | "cold-water" | "urge-surfing" | "radical-acceptance" | "pleasant-activity" | "half-smile";
                                skillName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/strengths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseVersion: number;
                        own: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                        }[];
                        picked: ("patience" | "humour" | "kindness" | "determination" | "creativity" | "honesty" | "listening" | "curiosity" | "courage" | "loyalty" | "organised" | "practical" | "caring" | "hard-work" | "fairness" | "hope" | "calm" | "noticing" | "asking-help" | "learning")[];
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: {
                                description: string;
                                /** @enum {string} */
                                key: "achievement" | "adventure" | "belonging" | "calm" | "care" | "community" | "courage" | "creativity" | "curiosity" | "fairness" | "faith" | "family" | "freedom" | "friendship" | "fun" | "growth" | "health" | "honesty" | "independence" | "kindness" | "love" | "nature" | "order" | "purpose" | "respect" | "security";
                                name: string;
                            }[];
                            strengthOptions: {
                                /** @enum {string} */
                                key: "patience" | "humour" | "kindness" | "determination" | "creativity" | "honesty" | "listening" | "curiosity" | "courage" | "loyalty" | "organised" | "practical" | "caring" | "hard-work" | "fairness" | "hope" | "calm" | "noticing" | "asking-help" | "learning";
                                name: string;
                            }[];
                            strengths: {
                                own: {
                                    id: string;
                                    text: string;
                                }[];
                                picked: ("patience" | "humour" | "kindness" | "determination" | "creativity" | "honesty" | "listening" | "curiosity" | "courage" | "loyalty" | "organised" | "practical" | "caring" | "hard-work" | "fairness" | "hope" | "calm" | "noticing" | "asking-help" | "learning")[];
                                updatedAt: string;
                                version: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            } | null;
                            values: {
                                cards: {
                                    /** @enum {string} */
                                    key: "achievement" | "adventure" | "belonging" | "calm" | "care" | "community" | "courage" | "creativity" | "curiosity" | "fairness" | "faith" | "family" | "freedom" | "friendship" | "fun" | "growth" | "health" | "honesty" | "independence" | "kindness" | "love" | "nature" | "order" | "purpose" | "respect" | "security";
                                    /** @enum {string} */
                                    pile: "very-important" | "important" | "not-so-important";
                                }[];
                                own: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    pile: "very-important" | "important" | "not-so-important";
                                }[];
                                updatedAt: string;
                                version: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: {
                                description: string;
                                /** @enum {string} */
                                key: "achievement" | "adventure" | "belonging" | "calm" | "care" | "community" | "courage" | "creativity" | "curiosity" | "fairness" | "faith" | "family" | "freedom" | "friendship" | "fun" | "growth" | "health" | "honesty" | "independence" | "kindness" | "love" | "nature" | "order" | "purpose" | "respect" | "security";
                                name: string;
                            }[];
                            strengthOptions: {
                                /** @enum {string} */
                                key: "patience" | "humour" | "kindness" | "determination" | "creativity" | "honesty" | "listening" | "curiosity" | "courage" | "loyalty" | "organised" | "practical" | "caring" | "hard-work" | "fairness" | "hope" | "calm" | "noticing" | "asking-help" | "learning";
                                name: string;
                            }[];
                            strengths: {
                                own: {
                                    id: string;
                                    text: string;
                                }[];
                                picked: ("patience" | "humour" | "kindness" | "determination" | "creativity" | "honesty" | "listening" | "curiosity" | "courage" | "loyalty" | "organised" | "practical" | "caring" | "hard-work" | "fairness" | "hope" | "calm" | "noticing" | "asking-help" | "learning")[];
                                updatedAt: string;
                                version: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            } | null;
                            values: {
                                cards: {
                                    /** @enum {string} */
                                    key: "achievement" | "adventure" | "belonging" | "calm" | "care" | "community" | "courage" | "creativity" | "curiosity" | "fairness" | "faith" | "family" | "freedom" | "friendship" | "fun" | "growth" | "health" | "honesty" | "independence" | "kindness" | "love" | "nature" | "order" | "purpose" | "respect" | "security";
                                    /** @enum {string} */
                                    pile: "very-important" | "important" | "not-so-important";
                                }[];
                                own: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    pile: "very-important" | "important" | "not-so-important";
                                }[];
                                updatedAt: string;
                                version: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseVersion: number;
                        cards: {
                            /** @enum {string} */
                            key: "achievement" | "adventure" | "belonging" | "calm" | "care" | "community" | "courage" | "creativity" | "curiosity" | "fairness" | "faith" | "family" | "freedom" | "friendship" | "fun" | "growth" | "health" | "honesty" | "independence" | "kindness" | "love" | "nature" | "order" | "purpose" | "respect" | "security";
                            /** @enum {string} */
                            pile: "very-important" | "important" | "not-so-important";
                        }[];
                        own: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            pile: "very-important" | "important" | "not-so-important";
                        }[];
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: {
                                description: string;
                                /** @enum {string} */
                                key: "achievement" | "adventure" | "belonging" | "calm" | "care" | "community" | "courage" | "creativity" | "curiosity" | "fairness" | "faith" | "family" | "freedom" | "friendship" | "fun" | "growth" | "health" | "honesty" | "independence" | "kindness" | "love" | "nature" | "order" | "purpose" | "respect" | "security";
                                name: string;
                            }[];
                            strengthOptions: {
                                /** @enum {string} */
                                key: "patience" | "humour" | "kindness" | "determination" | "creativity" | "honesty" | "listening" | "curiosity" | "courage" | "loyalty" | "organised" | "practical" | "caring" | "hard-work" | "fairness" | "hope" | "calm" | "noticing" | "asking-help" | "learning";
                                name: string;
                            }[];
                            strengths: {
                                own: {
                                    id: string;
                                    text: string;
                                }[];
                                picked: ("patience" | "humour" | "kindness" | "determination" | "creativity" | "honesty" | "listening" | "curiosity" | "courage" | "loyalty" | "organised" | "practical" | "caring" | "hard-work" | "fairness" | "hope" | "calm" | "noticing" | "asking-help" | "learning")[];
                                updatedAt: string;
                                version: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            } | null;
                            values: {
                                cards: {
                                    /** @enum {string} */
                                    key: "achievement" | "adventure" | "belonging" | "calm" | "care" | "community" | "courage" | "creativity" | "curiosity" | "fairness" | "faith" | "family" | "freedom" | "friendship" | "fun" | "growth" | "health" | "honesty" | "independence" | "kindness" | "love" | "nature" | "order" | "purpose" | "respect" | "security";
                                    /** @enum {string} */
                                    pile: "very-important" | "important" | "not-so-important";
                                }[];
                                own: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    pile: "very-important" | "important" | "not-so-important";
                                }[];
                                updatedAt: string;
                                version: number;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/worksheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                answers: {
                                    [key: string]: string | number | number[];
                                };
                                id: string;
                                ratingChanges: {
                                    after: number | null;
                                    before: number;
                                    change: number | null;
                                    label: string;
                                }[];
                                recordedAt: string;
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                                worksheet: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: (string | number | boolean | number[]) | null;
                        };
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        visibility: "private" | "shared";
                        worksheet: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                answers: {
                                    [key: string]: string | number | number[];
                                };
                                id: string;
                                ratingChanges: {
                                    after: number | null;
                                    before: number;
                                    change: number | null;
                                    label: string;
                                }[];
                                recordedAt: string;
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                                worksheet: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                answers: {
                                    [key: string]: string | number | number[];
                                };
                                id: string;
                                ratingChanges: {
                                    after: number | null;
                                    before: number;
                                    change: number | null;
                                    label: string;
                                }[];
                                recordedAt: string;
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                                worksheet: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/worksheets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                answers: {
                                    [key: string]: string | number | number[];
                                };
                                id: string;
                                ratingChanges: {
                                    after: number | null;
                                    before: number;
                                    change: number | null;
                                    label: string;
                                }[];
                                recordedAt: string;
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                                worksheet: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/worksheets/{id}/later-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: (string | number | boolean | number[]) | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                answers: {
                                    [key: string]: string | number | number[];
                                };
                                id: string;
                                ratingChanges: {
                                    after: number | null;
                                    before: number;
                                    change: number | null;
                                    label: string;
                                }[];
                                recordedAt: string;
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                                worksheet: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/worksheets/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        visibility: "private" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                answers: {
                                    [key: string]: string | number | number[];
                                };
                                id: string;
                                ratingChanges: {
                                    after: number | null;
                                    before: number;
                                    change: number | null;
                                    label: string;
                                }[];
                                recordedAt: string;
                                title: string;
                                /** @enum {string} */
                                visibility: "private" | "shared";
                                worksheet: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practice-instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            instruments: {
                                id: string;
                                importedAt: string;
                                importedBy: {
                                    id: string;
                                    name: string | null;
                                };
                                instrumentId: string;
                                recognisedAs: string | null;
                                retiredAt: string | null;
                                summary: string;
                                title: string;
                                url: string;
                                version: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practice/not-on-track-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rules: {
                                citations: {
                                    /** @enum {string} */
                                    evidence: "primary" | "secondary" | "product choice";
                                    note: string;
                                    parameter: string;
                                    sources: {
                                        citation: string;
                                        key: string;
                                        url: string | null;
                                    }[];
                                }[];
                                default: {
                                    caseness: number;
                                    cutPoints: {
                                        enabled: boolean;
                                        points: {
                                            atLeast: number;
                                            fromWeek: number;
                                        }[];
                                    };
                                    earlyNonResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumImprovement: number;
                                    };
                                    inadequateResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumReductionPercent: number;
                                    };
                                    minimumFollowUps: number;
                                    reliableDeterioration: {
                                        enabled: boolean;
                                        points: number;
                                    };
                                };
                                defaultSummary: string[];
                                inForce: {
                                    caseness: number;
                                    cutPoints: {
                                        enabled: boolean;
                                        points: {
                                            atLeast: number;
                                            fromWeek: number;
                                        }[];
                                    };
                                    earlyNonResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumImprovement: number;
                                    };
                                    inadequateResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumReductionPercent: number;
                                    };
                                    minimumFollowUps: number;
                                    reliableDeterioration: {
                                        enabled: boolean;
                                        points: number;
                                    };
                                };
                                inForceSummary: string[];
                                instrumentId: string;
                                practiceRule: {
                                    caseness: number;
                                    cutPoints: {
                                        enabled: boolean;
                                        points: {
                                            atLeast: number;
                                            fromWeek: number;
                                        }[];
                                    };
                                    earlyNonResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumImprovement: number;
                                    };
                                    inadequateResponse: {
                                        enabled: boolean;
                                        fromWeek: number;
                                        minimumReductionPercent: number;
                                    };
                                    minimumFollowUps: number;
                                    reliableDeterioration: {
                                        enabled: boolean;
                                        points: number;
                                    };
                                } | null;
                                scale: {
                                    max: number;
                                    min: number;
                                };
                                shortTitle: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            /** @enum {string|null} */
                            mailDelivery: "email" | "outbox" | null;
                            user: {
                                consentRequired: boolean;
                                demo: boolean;
                                displayName: string;
                                email: string;
                                id: string;
                                practiceId: string;
                                practiceName: string;
                                practices: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "admin" | "therapist" | "supervisor" | "client";
                                }[];
                                /** @enum {string} */
                                role: "admin" | "therapist" | "supervisor" | "client";
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worksheets/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            questionnaire: {
                                id: string;
                                /** @enum {string} */
                                resourceType: "Questionnaire";
                                title: string;
                                url: string;
                                version: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            path?: string;
                        };
                    };
                };
            };
        };
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
