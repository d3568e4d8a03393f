/**
 * Generated from docs/openapi.json by openapi-typescript (scripts/openapi-document.ts).
 * Do not edit: run `npm run openapi:write` after changing a route.
 */

export interface paths {
    "/api/v1/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地域（国・都道府県・市区町村）の一覧 / list areas */
        get: {
            parameters: {
                query?: {
                    level?: "nation" | "prefecture" | "municipality" | "ward";
                    pref_code?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areas: components["schemas"]["Area"][];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 団体コードで地域を取得 / one area by its code (5 or 6 digits) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Area"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/areas/{code}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 地域カルテ / an area's population and key indicators
         * @description population.series from the resident register (住民基本台帳); indicators: the latest value of every indicator the area has (except the 5-year age groups and those whose latest value ends more than 5 years before the area's newest, listed in omitted_indicators), with its prefecture's and the nation's value for the same period. pyramid: 5-year age groups by sex from the indicators age5_<from>_<to>_<sex> (住民基本台帳), or census_age5_… (国勢調査) where the area has no register groups; null when neither.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 団体コード（6桁、または検査数字を除いた5桁） */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AreaProfile"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/areas/{code}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 類似団体 / similar municipalities
         * @description method=population_structure: same 団体種別 and 総務省-style population band, ranked by closeness of 高齢化率 and 5-year 人口増減率 (method.description explains it in Japanese). The industry-structure axis of the official 類似団体区分 is not used (no industry data).
         */
        get: {
            parameters: {
                query?: {
                    count?: number;
                    method?: "population_structure";
                };
                header?: never;
                path: {
                    /** @description 団体コード（6桁、または検査数字を除いた5桁） */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SimilarMunicipalities"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/boundaries/{level}.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 境界（GeoJSON） / boundaries for the maps
         * @description GeoJSON FeatureCollection; feature.id and properties.code = 6-digit 団体コード, properties.name, properties.pref_code; `attribution` (foreign member) gives the 出典. Municipalities: 1,741 + 6 Northern-Territories villages, designated cities as one area. Served gzip-compressed when accepted; Cache-Control: public, max-age=86400.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    level: "prefecture" | "municipality";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": {
                            /**
                             * @description 出典（表示するときに添える）
                             * @example [
                             *       "出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成"
                             *     ]
                             */
                            attribution: string[];
                            features: unknown[];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/calc/kigyo-furusato": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 企業版ふるさと納税の税額控除と実質負担 / 企業版ふるさと納税: the three credits, deduction effect and net burden
         * @description Public. Credits per seed 002 L301–308 with the rules in force on as_of (default today, JST): 住民税 min(D×40%, 法人税割×20%); 法人税 min(max(0, D×40% − J), D×10%, 法人税×5%); 事業税 min(D×20%, 事業税×20%); deduction D × effective_tax_rate. Eligibility answers not given are listed in to_confirm. Before 2020-04-01: 400 (as_of).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KigyoFurusatoInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KigyoFurusatoResult"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/calc/kigyo-furusato/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 寄附額別の実質負担（what-if、Excel可） / net burden against donation size for one company
         * @description Public. One row per donation (default: the minimum donation to 10億 with the donations where the caps start to bind). format=xlsx: 純負担の試算 and 根拠の規定 sheets.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KigyoFurusatoWhatIfInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KigyoFurusatoWhatIf"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/calc/pro-jinzai": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * プロ人材 副業・兼業人材活用の補助額 / the side-job professional subsidy for one case
         * @description Public. grant = min(⌊eligible cost × rate⌋, 500,000) per case (seed 002 L511–518); rate ≤ 8/10 (default 8/10). In force from 2025-04-01.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProJinzaiInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProJinzaiResult"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 市区町村一覧
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query: {
                    /** @description 都道府県コード（1〜47） */
                    prefCode: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/employEducation/localjobAcademic/toTransition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 同梱データにないため、RESAS の「データなし」と同じ "404" を返します
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * カタログを保存せずに評価 / evaluate a posted catalog without storing it
         * @description Public (no sign-in). The body is at most 5 MB (413 beyond); each client address may call it 30 times per 60 s (429 with Retry-After beyond).
         */
        post: {
            parameters: {
                query?: {
                    /** @description 評価基準日 (YYYY-MM-DD, 2026年3月31日, 令和8年3月31日). Default: today (JST). */
                    as_of?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Catalog"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 回数の上限に達した（Retry-After 秒後に再試行） / rate limited; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/good-practices/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 好事例の一覧 / good-practice cases
         * @description Public: validated cases. scope=mine (signed in): your government’s cases in every status; the secretariat sees everything submitted (its queue).
         */
        get: {
            parameters: {
                query?: {
                    field?: "work_and_workplaces" | "education_and_people" | "welfare_and_inclusion" | "service_hubs" | "transport" | "medical_and_care" | "childcare" | "town_making" | "disaster_resilience" | "tourism" | "agriculture_forestry_fisheries" | "local_industry" | "startups" | "regional_finance" | "migration_and_relations" | "relocation" | "digital" | "infrastructure" | "wide_area" | "local_government_capacity";
                    limit?: number;
                    offset?: number | null;
                    scope?: "public" | "mine";
                    status?: "draft" | "submitted" | "returned" | "validated";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cases: components["schemas"]["GoodPracticeHeader"][];
                            /** @description scope=mine: the reader's organisation, whether this is the secretariat's queue, and whether the reader may register cases for it (null: not signed in or no organisation) */
                            mine?: {
                                may_create: boolean;
                                org_code: string;
                                secretariat: boolean;
                            } | null;
                            total: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 好事例を作成（作成中、X-CSRF-Token） / create a case (draft)
         * @description The owner government's editors and admins. content: the case (README: Case format); every refused field is named in the 400's issues.
         */
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
                            [key: string]: unknown;
                        };
                        /** @description 団体コード (6 digits, or 5 without the check digit; full-width accepted) */
                        owner_code: string;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/good-practices/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 好事例（内容・履歴・採用した団体） / one case with its history and "used by"
         * @description Validated cases are public; others are visible to their owner and the secretariat (404 to anyone else). `may` lists what the reader may do.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * 好事例の内容を保存（作成中・差戻しのみ、X-CSRF-Token） / save a case
         * @description base_version: the version the edit was made on; 409 when someone saved in between.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        base_version: number;
                        content: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/good-practices/cases/{caseId}/adoptions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 事例の採用と結果を記録（採用した団体、X-CSRF-Token） / record that a government adopted a case, and its outcome
         * @description The adopting government’s editors; validated cases of another government only. Recording again updates the outcome.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adopted_year: number;
                        note?: string;
                        /** @enum {string} */
                        outcome?: "pending" | "effective" | "partly_effective" | "not_effective" | "discontinued";
                        outcome_note?: string;
                    };
                };
            };
            responses: {
                /** @description recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: boolean;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/good-practices/cases/{caseId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ワークフローの操作（提出・差戻し・確認して公開、X-CSRF-Token） / submit, return or validate
         * @description submit: the owner’s editors (needs regions, sources and lessons — a refusal names each missing field). return (with the reason) and validate: the secretariat.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit" | "return" | "validate";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "validated";
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/good-practices/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 好事例の全文検索（かな・カナ・全角半角を区別しない） / Japanese full-text search
         * @description Bigram search: the query is normalised (NFKC, case, katakana → hiragana) and cut into character pairs; a case must have all of a short query’s pairs (≤ 3) or 60 % of a longer one’s. Ranked by pairs matched, then by where they occur (title > problem tags > problem > actions > the rest).
         */
        get: {
            parameters: {
                query: {
                    field?: "work_and_workplaces" | "education_and_people" | "welfare_and_inclusion" | "service_hubs" | "transport" | "medical_and_care" | "childcare" | "town_making" | "disaster_resilience" | "tourism" | "agriculture_forestry_fisheries" | "local_industry" | "startups" | "regional_finance" | "migration_and_relations" | "relocation" | "digital" | "infrastructure" | "wide_area" | "local_government_capacity";
                    limit?: number;
                    offset?: number | null;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cases: (components["schemas"]["GoodPracticeHeader"] & {
                                matched_grams: number;
                                score: number;
                            })[];
                            query: {
                                grams: string[];
                                q: string;
                                required: number;
                            };
                            total: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/good-practices/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ある団体に薦める好事例（類似団体の事例・同じ課題に先に取り組んだ地域の事例）と理由 / cases suggested for a government, with why
         * @description code: the government. tags (comma-separated) and field: the problem to match; default: those of the government’s own cases. Each case lists its reasons: similar_area (a 類似団体 by statistics’ ranking) and same_problem_first (same tag or field, started earlier).
         */
        get: {
            parameters: {
                query: {
                    /** @description 団体コード (6 digits, or 5 without the check digit; full-width accepted) */
                    code: string;
                    field?: "work_and_workplaces" | "education_and_people" | "welfare_and_inclusion" | "service_hubs" | "transport" | "medical_and_care" | "childcare" | "town_making" | "disaster_resilience" | "tourism" | "agriculture_forestry_fisheries" | "local_industry" | "startups" | "regional_finance" | "migration_and_relations" | "relocation" | "digital" | "infrastructure" | "wide_area" | "local_government_capacity";
                    limit?: number;
                    tags?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/good-practices/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 分野（基本構想の5本柱）・主体・財源・状態の一覧 / the fixed lists with their labels */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
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
    "/api/v1/grants/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 第2世代交付金の申請の一覧 / grant applications
         * @description Public: decided applications (交付決定 and after). scope=mine (signed in): those you may see as they stand — your government’s, those assigned to you for review, your prefecture’s municipalities’ past the draft; the secretariat every one.
         */
        get: {
            parameters: {
                query?: {
                    fiscal_year?: number;
                    limit?: number;
                    offset?: number | null;
                    pref_code?: string;
                    scope?: "public" | "mine";
                    status?: "draft" | "submitted" | "under_review" | "decided" | "in_execution" | "verified";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applications: components["schemas"]["GrantApplicationHeader"][];
                            total: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 申請を作成（1団体1年度1本、X-CSRF-Token） / create an application
         * @description The applicant's editors and admins. A second application of the same government and fiscal year is 409 naming the first (seed 002 L446–447).
         */
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
                        applicant_code: string;
                        /** @description the whole application (README: Application format); default: no projects yet */
                        content?: {
                            [key: string]: unknown;
                        };
                        fiscal_year: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: components["schemas"]["GrantApplicationHeader"];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/grants/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申請（内容・交付要件の確認とその根拠・交付決定・履歴） / one application with its checks, decision and history
         * @description The public sees decided applications (their submitted version); the applicant, the secretariat, assigned reviewers and the prefecture see more. Not visible: 404. `may` lists what the reader may do.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * 申請内容を保存（新しい版、X-CSRF-Token） / save the content as a new version
         * @description base_version: the version the edit was made on. If someone saved in between: 409 with current.version and current.changed_projects; nothing is written. Drafts only.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        base_version: number;
                        content: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            version: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/grants/applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 交付決定（事業・年度ごとの交付額、X-CSRF-Token） / the decision: national share per project and year
         * @description The secretariat, while under review, after at least one complete review. Every project-year of the submitted version; 0 = not adopted; less than requested needs a reason.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amounts: {
                            amount: number;
                            fiscal_year: number;
                            project_id: string;
                            reason?: string;
                        }[];
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decided_total: number;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "decided" | "in_execution" | "verified";
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/grants/applications/{applicationId}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 審査員を指定 / assign reviewers
         * @description The secretariat names reviewers (users with the reviewer role, by id or e-mail) while the application is submitted or under review. Audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @example [
                         *       "reviewer@example.jp"
                         *     ]
                         */
                        reviewers: string[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reviewers: components["schemas"]["GrantReviewer"][];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * 審査員の指定を解除 / unassign a reviewer
         * @description The secretariat takes a reviewer off the application; that reviewer's scores are deleted with the assignment. Audited.
         */
        delete: {
            parameters: {
                query: {
                    /** @description the reviewer’s user id */
                    user_id: string;
                };
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reviewers: components["schemas"]["GrantReviewer"][];
                            scores_removed: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/applications/{applicationId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 審査結果（評価基準ごとの採点） / the review
         * @description Secretariat: every reviewer's scores and comments with names, and the summary. An assigned reviewer: their own scores. Others: 403 (404 when they may not see the application).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrantReviews"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * 自分の採点を保存 / save my scores
         * @description An assigned reviewer scores each criterion 1..d2g.review.score_max (a comment is required at or below d2g.review.comment_required_max_score) while the application is under review. Replaces their earlier scores.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scores: {
                            comment?: string;
                            /** @example vision_issues */
                            criterion: string;
                            /** @example 4 */
                            score: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrantMyReview"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/grants/applications/{applicationId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ワークフローの操作（提出・差戻し・審査開始・実施開始・効果検証の公表、X-CSRF-Token） / a workflow action
         * @description A refused transition is 400 with issues (code transition_refused) naming the state, the action and every missing condition (e.g. the rule-check errors that block submission).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit" | "return" | "start_review" | "start_execution" | "publish_verification";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "decided" | "in_execution" | "verified";
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/grants/applications/{applicationId}/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申請の効果検証 / an application’s verifications
         * @description Public: the published verifications (404 when none). Those who see the application: every verification, drafts included.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application_id: string;
                            owner_code: string;
                            status: string;
                            status_label: string;
                            title: string;
                            verifications: components["schemas"]["GrantVerification"][];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/grants/applications/{applicationId}/verifications/{fiscalYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 効果検証を記録 / record the effect verification of a fiscal year
         * @description The applicant, while the projects are in execution: participants by sector (産官学金労言; names as published, no contact data), and per funded project the assessment and 改善方策. The KPIs of each funded project are evaluated by the KPI engine as of `as_of` and stored as a snapshot. Fewer sectors than d2g.verification.min_sectors, or government only, is a warning.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                    fiscalYear: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 2028-03-31 */
                        as_of?: string;
                        participants?: {
                            name: string;
                            organisation?: string;
                            /** @enum {string} */
                            sector: "industry" | "government" | "academia" | "finance" | "labour" | "media";
                        }[];
                        results?: {
                            assessment?: string;
                            improvement?: string;
                            project_id: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrantVerification"] & {
                            warnings: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/grants/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 第2世代交付金の申請の交付要件を確認（保存しない） / check an application against the rules without storing it
         * @description Public (no sign-in): nothing is stored. The body is the application JSON (docs/grant-application.schema.json; README "Application format"). KPI links are checked against the strategies the applicant owns in the store. `as_of`: the rules in force on that day (default today, Japan time). Malformed bodies: 400 naming the JSON path.
         */
        post: {
            parameters: {
                query?: {
                    as_of?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrantCheckResult"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/grants/review-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 自分に割り当てられた審査 / my review assignments
         * @description The applications assigned to the signed-in reviewer, with how many criteria they have scored.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: {
                                application_id: string;
                                complete: boolean;
                                fiscal_year: number;
                                owner_code: string;
                                scored: number;
                                status: string;
                                status_label: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/grants/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 第2世代交付金の全国集計 / national roll-up
         * @description Public. Decided national share (円) by prefecture, project kind and the fiscal year it is for; applications by status; KPI achievement of funded projects from published verifications. fiscal_year filters by the application’s fiscal year. format=csv downloads the funds table (encoding: utf8-bom for Excel, utf8, sjis).
         */
        get: {
            parameters: {
                query?: {
                    encoding?: "utf8-bom" | "utf8" | "sjis";
                    fiscal_year?: string;
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrantRollup"];
                        "text/csv; charset=utf-8": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/grants/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 公表された効果検証の一覧 / published verifications
         * @description Public. Per prefecture (pref_code: a prefecture and its municipalities), per government (owner_code) or per fiscal year.
         */
        get: {
            parameters: {
                query?: {
                    fiscal_year?: string;
                    /** @description 団体コード (6 digits, or 5 without the check digit; full-width accepted) */
                    owner_code?: string;
                    /** @description 都道府県コード (2 digits; full-width accepted) */
                    pref_code?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            verifications: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/import-templates/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KPI定義の取り込み用テンプレート / template for importing kpis
         * @description format=csv (default; UTF-8 with BOM) | xlsx. The documented Japanese headers and one example row; importing the template unchanged is refused (template_example) and stores nothing.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/import-templates/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 実績値の取り込み用テンプレート / template for importing observations
         * @description format=csv (default; UTF-8 with BOM) | xlsx. The documented Japanese headers and one example row; importing the template unchanged is refused (template_example) and stores nothing.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/import-templates/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 統計データ（tidy 形式）の取り込み用テンプレート / template for importing statistics
         * @description format=csv (default; UTF-8 with BOM) | xlsx. The documented Japanese headers and one example row; importing the template unchanged is refused (template_example) and stores nothing.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 統計指標の一覧 / indicator catalog */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 出典（表示するときに添える）
                             * @example [
                             *       "出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成"
                             *     ]
                             */
                            attribution: string[];
                            categories: {
                                code: string;
                                label: string;
                            }[];
                            indicators: components["schemas"]["Indicator"][];
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
    "/api/v1/indicators/{code}/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 地図用の値（全団体） / values of every area for a choropleth map
         * @description Every current area of the level, with value null where there is none. Class breaks are left to the client; `stats` gives min, max, mean, median and count of the values.
         */
        get: {
            parameters: {
                query?: {
                    /** @description prefecture 都道府県 / municipality 市区町村（政令指定都市は1団体） / ward 政令指定都市の区 */
                    level?: "prefecture" | "municipality" | "ward";
                    /** @description 期間ラベル（既定: 最新） */
                    period?: string;
                    /** @description 都道府県コード（2桁）で絞り込む */
                    pref_code?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorMap"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/indicators/{code}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 順位表 / ranking of areas
         * @description Competition ranking (ties share a rank); areas without a value last with rank null. format=csv (UTF-8 with BOM; 出典 in the last line) or xlsx.
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv" | "xlsx";
                    /** @description prefecture 都道府県 / municipality 市区町村（政令指定都市は1団体） / ward 政令指定都市の区 */
                    level?: "prefecture" | "municipality" | "ward";
                    order?: "desc" | "asc";
                    period?: string;
                    /** @description 都道府県コード（2桁）で絞り込む */
                    pref_code?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorRanking"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/investment-map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 国内投資マップ（公表された計画の投資案件と地域別の合計） / the national investment map
         * @description Public, published plans only. level=prefecture (default, all 47) | municipality. type: A,B,C (comma list); status: published,in_execution,evaluated,withdrawn (default: all but withdrawn); field: A’s strategic field; year_from / year_to: 年度 of the investment date (a project without a date is left out once either is set). Per capita: each area’s latest 総人口 in the statistics store.
         */
        get: {
            parameters: {
                query?: {
                    field?: "AI・半導体" | "デジタル・サイバーセキュリティ" | "情報通信" | "量子" | "防衛産業" | "航空・宇宙" | "海洋" | "造船" | "マテリアル（重要鉱物・部素材）" | "合成生物学・バイオ" | "創薬・先端医療" | "資源・エネルギー安全保障・GX" | "フュージョンエネルギー" | "防災・国土強靱化" | "港湾ロジスティクス" | "フードテック" | "コンテンツ";
                    level?: "prefecture" | "municipality";
                    /** @description only the projects of this (published) plan */
                    plan_id?: string;
                    status?: string;
                    type?: string;
                    year_from?: number;
                    year_to?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areas: {
                                amount_per_capita_yen: number | null;
                                amount_yen: number;
                                amount_yen_exact: string;
                                /** @description 団体コード (6 digits) */
                                code: string;
                                name: string;
                                population: number | null;
                                projects: number;
                            }[];
                            level: string;
                            projects: ({
                                amount_yen: number;
                                invest_date: string | null;
                                invest_fy: number | null;
                                investor_name: string;
                                lat: number | null;
                                /**
                                 * @description point: the project's own; municipality: placed at its municipality
                                 * @enum {string}
                                 */
                                located: "point" | "municipality";
                                lon: number | null;
                                muni_code: string;
                                muni_name: string;
                                plan_id: string;
                                plan_status: string;
                                plan_title: string;
                                /** @enum {string} */
                                plan_type: "A" | "B" | "C";
                                plan_url: string;
                                pref_code: string;
                                project_id: string;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: {
                                amount_per_capita_yen: number | null;
                                amount_yen: number;
                                amount_yen_exact: string;
                                code: string;
                                name: string;
                                projects: number;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/investment-map/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 国内投資マップのスナップショット一覧 / published snapshots, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            snapshots: {
                                amount_yen: number;
                                as_of: string;
                                id: string;
                                projects: number;
                                published_at: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** スナップショットを公表（事務局、X-CSRF-Token） / publish a dated snapshot of the map */
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
                        /** @description YYYY-MM-DD; default today */
                        as_of?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount_yen: number;
                            as_of: string;
                            id: string;
                            projects: number;
                            title: string;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/investment-map/snapshots/{snapshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** スナップショットの内容 / one snapshot (its projects and totals by prefecture) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    snapshotId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/investment-map/snapshots/{snapshotId}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * スナップショットの比較（前回との差分、Excel可） / a snapshot compared with the previous one
         * @description against: another snapshot (default: the one published before). format=xlsx: 概要・都道府県別・追加・削除・変更.
         */
        get: {
            parameters: {
                query?: {
                    against?: string;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path: {
                    snapshotId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/municipality/taxes/perYear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 一人当たり地方税。同梱の財政データ（主要財政指標）に地方税収がないため data は空
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query: {
                    /** @description 市区町村コード（5桁）。省略または「-」で都道府県 */
                    cityCode?: string;
                    /** @description 都道府県コード（1〜47） */
                    prefCode: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 組織（事務局・府省・地方支分部局・審査組織・企業）の一覧 / organisations other than local governments
         * @description Local governments are organisations too, named by their 団体コード (see /api/v1/areas).
         */
        get: {
            parameters: {
                query?: {
                    kind?: "secretariat" | "ministry" | "bureau" | "reviewer_body" | "company";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisations: components["schemas"]["Organisation"][];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 組織の登録（事務局の管理者、X-CSRF-Token） / register an organisation (secretariat admins; audited)
         * @description A company is registered by its 法人番号 (its id); other bodies by an id of lower-case letters, digits and hyphens.
         */
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
                        address?: string | null;
                        corporate_number?: string | null;
                        id?: string;
                        /** @enum {string} */
                        kind: "secretariat" | "ministry" | "bureau" | "reviewer_body" | "company";
                        name: string;
                        parent_id?: string | null;
                        pref_codes?: string[];
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisation: components["schemas"]["Organisation"];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/organisations/{orgId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 利用者を組織の職員にする（事務局の管理者、X-CSRF-Token） / make a user staff of an organisation (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
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
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            org_id: string;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plan-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 進捗確認のラウンド一覧 / progress rounds
         * @description Public: published rounds. Signed in: every round, with my_reports (the plans you may report on and their report status).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rounds: (components["schemas"]["PlanRound"] & {
                                accepted: number;
                                my_reports: {
                                    [key: string]: unknown;
                                }[];
                                plans: number;
                                submitted: number;
                            })[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 進捗確認のラウンドを開始（事務局、X-CSRF-Token） / open a progress round
         * @description A round with type A must cover a half of a 年度 (04-01…09-30 or 10-01…03-31). The deadline is on or after the period end.
         */
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
                        /** @example 2027-09-30 */
                        deadline: string;
                        /** @example 2027-09-30 */
                        period_end: string;
                        /** @example 2027-09-30 */
                        period_start: string;
                        plan_types: ("A" | "B" | "C")[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description opened */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            round: components["schemas"]["PlanRound"];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plan-rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ラウンドの集計（計画別・類型別・都道府県別、JSON・Excel） / a round with its summary
         * @description Per plan: report status, 5W1H items by status, late items, KPI actuals, withdrawal criteria met, bottleneck flags; per type; per prefecture. The secretariat sees every plan; other signed-in users the plans they may view; the public a published round with its accepted reports only (404 before publication). format=xlsx: the same as an Excel workbook.
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "xlsx";
                };
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plan-rounds/{roundId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ラウンドを公表（事務局、X-CSRF-Token） / publish a round
         * @description Refused (400) while a report awaits review; 409 when already published. The public sees the round and its accepted figures from then on.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            round: components["schemas"]["PlanRound"];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plan-vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 計画の語彙（種類・17分野・状態・要件・記載項目） / the plans’ vocabulary for forms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
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
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 計画の一覧（国が公表した計画） / published plans
         * @description Public: nationally published plans only. status=published lists every published plan still running (published, in_execution, evaluated); other values match the status. q: Japanese text search (title, field, vision, projects, owners). scope=mine (signed in): the plans your organisation may see unpublished.
         */
        get: {
            parameters: {
                query?: {
                    field?: string;
                    limit?: number;
                    offset?: number | null;
                    pref_code?: string;
                    q?: string;
                    scope?: "public" | "mine";
                    status?: string;
                    type?: "A" | "B" | "C";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plans: (components["schemas"]["PlanHeader"] & {
                                kgis: {
                                    baseline_fy: number | null;
                                    baseline_value: number | null;
                                    id: string;
                                    kind: string;
                                    name: string;
                                    target_fy: number | null;
                                    target_value: number | null;
                                    unit: string;
                                }[];
                            })[];
                            total: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 計画を作成（X-CSRF-Token） / create a plan (its owner’s editors; A: a bureau or the secretariat)
         * @description The mandatory KGIs of the type are pre-filled. content (optional): entry items to start from; errors name the JSON path.
         */
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
                        co_owner_org_ids?: string[];
                        content?: {
                            [key: string]: unknown;
                        };
                        /** @example 160008 */
                        owner_org_id: string;
                        title: string;
                        /** @enum {string} */
                        type: "A" | "B" | "C";
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: components["schemas"]["PlanHeader"];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 計画の全体 / the whole plan
         * @description The public gets the nationally published version (view=public) and 404 for a plan never published. Those who may see it unpublished get the version asked for (default: current) with its requirement check, verdicts, comments, events, versions and the actions open to them (view=full).
         */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            content: {
                                [key: string]: unknown;
                            };
                            plan: components["schemas"]["PlanHeader"];
                            version: number;
                            /** @enum {string} */
                            view: "public" | "full";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * 記載項目を保存（新しい版、X-CSRF-Token） / save the entry items as a new version
         * @description base_version: the version the edit was made on. If someone saved in between: 409 with current.version, current.changes (theirs, field by field) and current.conflicts (paths both changed); nothing is written.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        base_version: number;
                        content: {
                            [key: string]: unknown;
                        };
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: number;
                            version: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** コメント（X-CSRF-Token） / comment on a plan or one of its entry items */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        path?: string | null;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seq: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 2つの版の比較 / two versions compared field by field */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                [key: string]: unknown;
                            }[];
                            from: number;
                            to: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 計画の変更履歴（監査ログ） / the plan’s audit trail (those who may see it unpublished) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/publish-revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改訂版を公表（事務局、X-CSRF-Token） / publish the current version of a published plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            published_version: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/reports/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 計画の進捗報告（ラウンドごと） / one plan’s report in one round
         * @description The round, the plan’s published 5W1H items and KPIs/KGIs, the report (null until saved), what you may do, and withdrawal findings with their decisions. Signed in, for those who may view the plan.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * 進捗報告を下書き保存（X-CSRF-Token） / save a report as a draft
         * @description Per 5W1H item: status, what was done, the delay’s cause (required when late: status delayed, or past its deadline and not done). Per KPI: the actual. lock_version: the version read (0 for a new report); a stale one is 409. Submitted and accepted reports cannot be saved (403).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            action_id: string;
                            delay_cause?: string;
                            done?: string;
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "done" | "delayed";
                        }[];
                        kpi_values: {
                            kpi_id: string;
                            /** @description 'FY2027' or '2027-09'; empty: the month of the round's period end */
                            period?: string | null;
                            /** @description a number, or Japanese text such as 1.2万, 3億 */
                            value: number | string;
                        }[];
                        /** @description the lock_version the client read (0: not yet saved) */
                        lock_version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: components["schemas"]["PlanReport"];
                            withdrawal_met?: {
                                criterion_id: string;
                                explanation: string;
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/reports/{roundId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 受理済みの進捗報告を訂正（新しい版、X-CSRF-Token） / correct an accepted report
         * @description A new revision with its reason, audited with the contents before and after; the withdrawal criteria are evaluated again.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            action_id: string;
                            delay_cause?: string;
                            done?: string;
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "done" | "delayed";
                        }[];
                        kpi_values: {
                            kpi_id: string;
                            /** @description 'FY2027' or '2027-09'; empty: the month of the round's period end */
                            period?: string | null;
                            /** @description a number, or Japanese text such as 1.2万, 3億 */
                            value: number | string;
                        }[];
                        /** @description the lock_version the client read (0: not yet saved) */
                        lock_version: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: components["schemas"]["PlanReport"];
                            withdrawal_met?: {
                                criterion_id: string;
                                explanation: string;
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/reports/{roundId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 進捗報告の受理・差し戻し（事務局、X-CSRF-Token） / accept or return a report
         * @description decision=accept locks the report and evaluates the plan’s withdrawal criteria; decision=return needs a comment.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @enum {string} */
                        decision: "accept" | "return";
                        /** @description the lock_version the client read (0: not yet saved) */
                        lock_version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: components["schemas"]["PlanReport"];
                            withdrawal_met?: {
                                criterion_id: string;
                                explanation: string;
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/reports/{roundId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 進捗報告を提出（X-CSRF-Token） / submit a report
         * @description Every 5W1H item must be reported on.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the lock_version the client read (0: not yet saved) */
                        lock_version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: components["schemas"]["PlanReport"];
                            withdrawal_met?: {
                                criterion_id: string;
                                explanation: string;
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/reports/{roundId}/withdrawal-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤退基準への対応を記録（継続・見直し・撤退、X-CSRF-Token） / decide after withdrawal criteria were met
         * @description continue needs a reason; withdraw (needs a reason) withdraws the plan through the workflow. Clears 撤退基準に該当 once every finding is decided.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "continue" | "revise" | "withdraw";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                            withdrawal_flag: boolean;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 審査組織の指定（事務局、X-CSRF-Token） / the reviewers’ bodies of a plan */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reviewer_org_ids: string[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reviewer_org_ids: string[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ワークフローの操作（提出・助言・公表・撤退など、X-CSRF-Token） / a workflow action
         * @description A refused transition is 400 with an issue (code transition_refused) naming the state, the action and every missing condition.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit_precheck" | "advise" | "complete_precheck" | "publish_local" | "submit_formal" | "return_formal" | "open_proposals" | "formulate" | "publish_national" | "start_execution" | "evaluate_final" | "withdraw";
                        comment?: string;
                        published_on?: string | null;
                        url?: string | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/{planId}/verdicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 要件確認の判定（事務局、X-CSRF-Token） / requirement verdicts on the current version */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        verdicts: {
                            comment?: string;
                            evidence?: string;
                            requirement_no: number;
                            /** @enum {string} */
                            verdict: "met" | "not_met";
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recorded: number;
                            version: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/plans/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 公表された計画の一括ダウンロード（JSON・CSV・Excel） / every published plan, machine-readable
         * @description format=json (whole published versions) | csv (one row per plan; UTF-8 with BOM, encoding=sjis for Shift_JIS) | xlsx (計画・KGI・投資案件 sheets). Cells starting with = + - @ are neutralised.
         */
        get: {
            parameters: {
                query?: {
                    encoding?: "utf8-bom" | "utf8" | "sjis";
                    format?: "json" | "csv" | "xlsx";
                    type?: "A" | "B" | "C";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/population/composition/perYear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 人口構成（総人口・年少人口・生産年齢人口・老年人口）
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query: {
                    /** @description 合算する地域（例: 1_01100,13_13101 / 1_,13_）。最大10 */
                    addArea?: string;
                    /** @description 市区町村コード（5桁）。省略または「-」で都道府県 */
                    cityCode?: string;
                    /** @description 都道府県コード（1〜47） */
                    prefCode: string;
                    /** @description Sousei 拡張: register = 住民基本台帳（毎年）。既定は census（国勢調査＋将来推計） */
                    series?: "census" | "register";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/population/composition/pyramid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 人口ピラミッド。1980〜2045年は年齢3区分のみ（男女・5歳階級の data は空）、2022年は住民基本台帳の男女・5歳階級
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query: {
                    /** @description 合算する地域（例: 1_01100,13_13101 / 1_,13_）。最大10 */
                    addArea?: string;
                    /** @description 市区町村コード（5桁）。省略または「-」で都道府県 */
                    cityCode?: string;
                    /** @description 都道府県コード（1〜47） */
                    prefCode: string;
                    /** @description 年（左側）: 1980〜2045年の5年ごと、または 2022（住民基本台帳、Sousei 拡張） */
                    yearLeft: string;
                    /** @description 年（右側）: 1980〜2045年の5年ごと、または 2022（住民基本台帳、Sousei 拡張） */
                    yearRight: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/population/future/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 将来人口推計（2040年、市区町村別）。社人研 平成30年推計。若年女性人口減少率 ratio は男女・年齢別の推計がないため null
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query: {
                    /** @description 都道府県コード（1〜47） */
                    prefCode: string;
                    /** @description 年（2040のみ） */
                    year: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/population/nature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 同梱データにないため、RESAS の「データなし」と同じ "404" を返します
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/population/society/forArea": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 同梱データにないため、RESAS の「データなし」と同じ "404" を返します
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/population/sum/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 人口推移（総人口・転入数・転出数・出生数・死亡数）。転入・転出・出生・死亡は住民基本台帳（年度FY1994〜2012、暦年2013〜2021）
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query: {
                    /** @description 合算する地域（例: 1_01100,13_13101 / 1_,13_）。最大10 */
                    addArea?: string;
                    /** @description 市区町村コード（5桁）。省略または「-」で都道府県 */
                    cityCode?: string;
                    /** @description 都道府県コード（1〜47） */
                    prefCode: string;
                    /** @description Sousei 拡張: register = 住民基本台帳（毎年）。既定は census（国勢調査＋将来推計） */
                    series?: "census" | "register";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/population/sum/perYear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 人口増減率（5年前比）
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query: {
                    /** @description 合算する地域（例: 1_01100,13_13101 / 1_,13_）。最大10 */
                    addArea?: string;
                    /** @description 市区町村コード（5桁）。省略または「-」で都道府県 */
                    cityCode?: string;
                    /** @description 都道府県コード（1〜47） */
                    prefCode: string;
                    /** @description Sousei 拡張: register = 住民基本台帳（毎年）。既定は census（国勢調査＋将来推計） */
                    series?: "census" | "register";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/prefectures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 都道府県一覧
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 制度の規定値（率・上限・期間・件数）と根拠 / rule parameters with sources and effective periods
         * @description Every rate, cap, period and limit the calculators and the grant checks use. With `as_of`, only those in force on that day.
         */
        get: {
            parameters: {
                query?: {
                    as_of?: string;
                    program?: "kigyo_furusato" | "pro_jinzai" | "dai2sedai";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            parameters: components["schemas"]["RuleParameter"][];
                            programs: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/scatter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 散布図 / two indicators across areas
         * @description Points are the areas with both values. correlation: Pearson r. format=csv (UTF-8 with BOM; 出典 in the last line) or xlsx.
         */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv" | "xlsx";
                    /** @description prefecture 都道府県 / municipality 市区町村（政令指定都市は1団体） / ward 政令指定都市の区 */
                    level?: "prefecture" | "municipality" | "ward";
                    period_x?: string;
                    period_y?: string;
                    /** @description 都道府県コード（2桁）で絞り込む */
                    pref_code?: string;
                    x: string;
                    y: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorScatter"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** KPI・ノードの検索（部分一致、かな・カナ・全角半角を区別しない） / search KPIs and nodes */
        get: {
            parameters: {
                query: {
                    q: string;
                    strategy?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            query: string;
                            results: {
                                id: string;
                                match: string;
                                name: string;
                                node: string | null;
                                strategy: string;
                                /** @enum {string} */
                                type: "kpi" | "node";
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 時系列 / time series of indicators × areas
         * @description Up to 4 indicators and 10 areas (団体コード, 5 or 6 digits; 000000 = 全国). Each series lists its breaks (系列の断層, e.g. the resident register counts foreign residents from 2013); downloads name them in the column 系列の断層. format=csv (UTF-8 with BOM; 出典 in the last line) or xlsx.
         */
        get: {
            parameters: {
                query: {
                    areas: string;
                    format?: "json" | "csv" | "xlsx";
                    indicators: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorSeries"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 現在のログイン状態 / the current session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
            };
        };
        put?: never;
        /** ログイン / sign in */
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
                /** @description signed in; sets the session cookie */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description wrong email or password */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 試行回数の上限 / too many attempts (code too_many_attempts; wait Retry-After seconds) */
                429: {
                    headers: {
                        /** @description seconds to wait */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** ログアウト / sign out (X-CSRF-Token) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description CSRF トークンが違う / bad CSRF token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** パスワードの変更 / change the password (X-CSRF-Token); ends every other session and renews this one */
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
                        current_password: string;
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description changed; a new session cookie and CSRF token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordChanged"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description CSRF トークンが違う / bad CSRF token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 試行回数の上限 / too many attempts (code too_many_attempts; wait Retry-After seconds) */
                429: {
                    headers: {
                        /** @description seconds to wait */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/sessions/others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 他の端末のログインをすべて終了 / sign out every other session (X-CSRF-Token) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description how many sessions were ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionsRevoked"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description CSRF トークンが違う / bad CSRF token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 戦略の一覧 / list strategies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StrategyList"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 地方公共団体の戦略を作成（管理者のみ、X-CSRF-Token） / create a local government's strategy (admins only; audited)
         * @description owner_code: a current government (団体コード with check digit, or 5 digits). from/to: the plan period (2026年度, FY2026, 令和8年度). from_national: start from the national strategy's logic model and KPI definitions (without its baselines, targets and actuals). id: default `<団体コード>-<first year>`.
         */
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
                        /** @example 2026年度 */
                        from: string;
                        from_national?: boolean;
                        id?: string;
                        /** @example 札幌市 地域未来戦略 */
                        name: string;
                        /** @example 011002 */
                        owner_code: string;
                        /** @example 2030年度 */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            strategy: {
                                id: string;
                                kpis: number;
                                name: string;
                                owner_code: string;
                            };
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategies/{strategyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 戦略のKPIカタログ（交換形式JSON） / a strategy's catalog in the interchange format */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Catalog"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategies/{strategyId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 変更履歴（監査ログ） / audit trail of the strategy */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditLog"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategies/{strategyId}/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 統計に連動している KPI / KPIs fed by statistics series */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindings: components["schemas"]["KpiBinding"][];
                            references: components["schemas"]["KpiReferenceBinding"][];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategies/{strategyId}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KPI検証（評価結果と集計） / evaluate every KPI as of a date
         * @description format=json (default) | csv (UTF-8 with BOM; encoding=sjis for Shift_JIS) | xlsx (集計・ノード別・KPI別・実績値 sheets).
         */
        get: {
            parameters: {
                query?: {
                    /** @description 評価基準日 (YYYY-MM-DD, 2026年3月31日, 令和8年3月31日). Default: today (JST). */
                    as_of?: string;
                    encoding?: "utf8-bom" | "utf8" | "sjis";
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategies/{strategyId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ファイルの取込（CSV/Excel） / upload actual values or KPI definitions (signed in, X-CSRF-Token)
         * @description multipart/form-data with `file` (CSV UTF-8/Shift_JIS or .xlsx) and optional `encoding` (auto|utf8|sjis), `sheet`. Answers 202 with an import job at once (Location: its URL); the file is read in a worker and stored in one transaction — poll the job until `status` is `succeeded` (with `result`) or `failed` (with `error.issues` naming file, line, column). Nothing is stored unless everything is valid. A JSON catalog (a whole strategy) is refused here before anything is read: catalogs go through the CLI.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description accepted; poll the job */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: components["schemas"]["ImportJob"];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategies/{strategyId}/imports/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 取込の進み具合と結果 / an import job: progress, result or located issues (signed in, allowed to write the strategy) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: string;
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: components["schemas"]["ImportJob"];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategies/{strategyId}/kpis/{kpiId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 1つのKPIの定義と評価 / one KPI with its evaluation */
        get: {
            parameters: {
                query?: {
                    /** @description 評価基準日 (YYYY-MM-DD, 2026年3月31日, 令和8年3月31日). Default: today (JST). */
                    as_of?: string;
                };
                header?: never;
                path: {
                    kpiId: string;
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            evaluation: components["schemas"]["KpiEvaluation"];
                            kpi: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategies/{strategyId}/kpis/{kpiId}/binding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** KPI を統計の系列（指標×地域）に連動させる / feed a KPI from an indicator series (signed in, X-CSRF-Token) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kpiId: string;
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area: string;
                        indicator: string;
                    };
                };
            };
            responses: {
                /** @description bound; observations written from the series */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            binding: components["schemas"]["KpiBinding"];
                            written: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** 統計連動の解除 / stop feeding a KPI from statistics (observations stay) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kpiId: string;
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description unbound */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/{strategyId}/kpis/{kpiId}/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 相対目標の比較対象を統計の系列（指標×地域）に設定 / bind the series a relative target is compared with (signed in, X-CSRF-Token) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kpiId: string;
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area: string;
                        indicator: string;
                    };
                };
            };
            responses: {
                /** @description bound; the series values copied for the evaluation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: components["schemas"]["KpiReferenceBinding"];
                            values: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** 比較対象の設定を解除 / unbind the reference series (the target is 比較対象未登録 again) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kpiId: string;
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description unbound */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/{strategyId}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 実績値の登録（フォーム） / add or revise actual values (signed in, X-CSRF-Token)
         * @description All rows or none. Values may be Japanese number strings (「1.2万」「６４％」). Errors name the row (1-based index into rows) and column. Returns the evaluations of the KPIs touched, before and after.
         */
        post: {
            parameters: {
                query?: {
                    /** @description 評価基準日 (YYYY-MM-DD, 2026年3月31日, 令和8年3月31日). Default: today (JST). */
                    as_of?: string;
                };
                header?: never;
                path: {
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rows: {
                            flag?: string | null;
                            kpi_id: string;
                            note?: string | null;
                            period: string | number;
                            source?: string | null;
                            value: string | number | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            before: components["schemas"]["KpiEvaluation"][];
                            kpis: components["schemas"]["KpiEvaluation"][];
                            result: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategies/{strategyId}/verification-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 戦略の効果検証ラウンド / a strategy’s verification rounds
         * @description The owner and its viewers: every round; a panel member: their rounds once opened; everyone: the published ones.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rounds: components["schemas"]["VerificationRoundItem"][];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 効果検証ラウンドを作成 / create a verification round
         * @description The strategy owner's editors (and admins): one round per strategy and fiscal year, as a draft. evaluation_date defaults to the fiscal year's last day.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    strategyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evaluation_date?: string;
                        fiscal_year: number;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            evaluation_date: string;
                            fiscal_year: number;
                            id: string;
                            owner_code: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed" | "published";
                            strategy_id: string;
                            title: string;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategy-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 戦略の比較（同じ指標に連動した各団体のKPI） / strategies compared by the indicator their KPIs are bound to
         * @description Every strategy KPI bound to the indicator, evaluated at as_of (default today). With area (団体コード): that government first, then its 類似団体 (nearest first, with the indicator's own latest figure and its change in peers), then the others by 団体コード. At most 300 KPIs (nearest first; total and truncated say how many exist). format=xlsx: the same as a workbook.
         */
        get: {
            parameters: {
                query: {
                    area?: string;
                    as_of?: string;
                    format?: "json" | "xlsx";
                    indicator: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StrategyComparison"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategy-comparison/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 比較できる指標（KPIが連動している指標） / indicators that strategy KPIs are bound to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicators: {
                                category_label: string;
                                code: string;
                                government_count: number;
                                kpi_count: number;
                                name: string;
                                unit: string;
                            }[];
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
    "/api/v1/strategy-documents/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 確認した下書きから自団体の戦略を作成（編集者、X-CSRF-Token） / create the own government's strategy from a reviewed draft (editors; audited)
         * @description Signed in as an editor (or admin) of a local government: the strategy is created for the user's own 団体コード (never one from the request), with id `<団体コード>-<first year>` (`-2`, `-3` … when taken), the logic model's `nodes` as reviewed (absent: one node named after the strategy) and the KPIs as reviewed. All or nothing: every problem is a 400 issue whose `column` is the JSON path (`kpis[2].targets[0].value`, `nodes[1].parent`) and whose reason names the KPI or the node.
         */
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
                        /** @example 2026年度 */
                        from: string;
                        kpis: components["schemas"]["ReviewedKpi"][];
                        /** @example みなと市 第2期総合戦略 */
                        name: string;
                        nodes?: components["schemas"]["ReviewedNode"][];
                        source_file?: string;
                        /** @example 2030年度 */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            strategy: {
                                id: string;
                                kpis: number;
                                name: string;
                                owner_code: string;
                            };
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/strategy-documents/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 戦略の文書から KPI の下書きを抽出（保存しない） / extract a draft KPI catalog from a strategy document (nothing stored)
         * @description Public (no sign-in), stateless. multipart/form-data with `file` (PDF, Word .docx, or text in UTF-8/Shift_JIS; the type is read from the bytes) and optional `name` (the draft's name). Answers the draft in the JSON interchange format, every KPI with `source: {page, line, text}`, a confidence and warnings, and the document's lines for side-by-side review. A broken, encrypted or mislabelled file is a 400 naming the file and the reason. The body is at most 20 MB (413 beyond); each client address may call it 30 times per 60 s (429 with Retry-After beyond).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description the draft and the document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                encoding?: string;
                                /** @enum {string} */
                                format: "pdf" | "docx" | "text";
                                lines: components["schemas"]["DocumentLine"][];
                                pages: number | null;
                            };
                            draft: components["schemas"]["DraftCatalog"];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 回数の上限に達した（Retry-After 秒後に再試行） / rate limited; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/tourism/foreigners/forFrom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RESAS互換: 同梱データにないため、RESAS の「データなし」と同じ "404" を返します
         * @description RESAS API v1 と同じ形の応答（X-API-KEY は受け付けて無視します。CORS は全オリジンに許可）。cityCode を省略すると都道府県（「-」と同じ）。人口の値は既定で RESAS と同じ5年ごとの系列：国勢調査（都道府県1960〜2020年、市区町村1980〜2020年、年齢不詳は按分しない）と社人研「日本の地域別将来推計人口（平成30年推計）」（2025〜2045年）、boundaryYear 2020。政令指定都市の区と、推計のない福島県内の市町村の2025年以降は値がありません。series=register（Sousei 拡張）で住民基本台帳の毎年の系列（1995〜2022年）になります。エラーは RESAS と同じく HTTP 200 で、パラメータ不正は "400"、該当する地域やデータがないときは "404"。出典：総務省統計局「国勢調査」、国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」、総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS を加工して作成）。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RESAS API v1 と同じ形（エラーも HTTP 200: "400" / "404"） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 利用者の登録（管理者のみ、X-CSRF-Token） / add a user (admins only; the same rules as `sousei users add`; audited) */
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
                        name: string;
                        /**
                         * @description 団体コード (6 digits, or 5 without the check digit; 000000 = the nation)
                         * @example 011002
                         */
                        org_code: string;
                        password: string;
                        /** @enum {string} */
                        role: "admin" | "editor" | "viewer" | "reviewer";
                    };
                };
            };
            responses: {
                /** @description registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description CSRF トークンが違う / bad CSRF token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/verification-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 委員として参加する検証・自団体の検証・公表された検証 / my panels, my government’s rounds, the published reports
         * @description member_of: the rounds whose panel the user is on (once opened); owned: the rounds of the user’s government; strategies: those the user may open a round for; published: every published report.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member_of: components["schemas"]["VerificationRoundItem"][];
                            owned: components["schemas"]["VerificationRoundItem"][];
                            published: components["schemas"]["VerificationRoundItem"][];
                            strategies: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/verification-rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 効果検証ラウンド / a verification round
         * @description The owner and its viewers; members once opened (404 to everyone else, drafts included). The evaluation per KPI on the evaluation date, comments, responses, the panel with each sign-off state (current | stale | missing), `fingerprint` of what is shown (send it to sign off), what blocks publication, and what the reader may do.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationRound"];
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/verification-rounds/{roundId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 委員の意見 / a member’s comments per KPI and overall
         * @description A member, while open. kpi_id null is the overall comment; an empty body removes the comment.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comments: {
                            body: string;
                            kpi_id: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                            written: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/verification-rounds/{roundId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 検証委員を追加・更新 / add or update a panel member
         * @description The owner, while draft or open: an existing user by e-mail, the name shown in the report, the sector (産官学金労言士) and a conflict-of-interest declaration with the KPIs it excludes.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conflict?: string;
                        email: string;
                        excluded_kpis?: string[];
                        name: string;
                        organisation?: string;
                        /** @enum {string} */
                        sector: "industry" | "government" | "academia" | "finance" | "labour" | "media" | "law";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: boolean;
                            name: string;
                            sector: string;
                            user_id: string;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/verification-rounds/{roundId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 検証委員を外す / remove a panel member */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: string;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification-rounds/{roundId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 効果検証の報告 / the round’s report
         * @description Public once published (the report as published, final: true); before, a preview for those who may view the round. format=xlsx: 検証結果・総評・検証委員 sheets. No e-mail or account data.
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "xlsx";
                };
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationReport"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/verification-rounds/{roundId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 団体の対応と改善策 / the government’s response and improvement measures
         * @description The owner, while open or closed. kpi_id null is the overall response.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        responses: {
                            improvement?: string;
                            kpi_id: string | null;
                            response?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            saved: number;
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/verification-rounds/{roundId}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 委員の確認（サインオフ） / a member signs off
         * @description A member, while open or closed, with the fingerprint of the evaluation they read. 409 「データが更新されました。再確認してください」 when the data changed since.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fingerprint: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fingerprint: string;
                            signed_at: string;
                            /** @enum {string} */
                            state: "current";
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/v1/verification-rounds/{roundId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 検証ラウンドの状態を変える / open, close, reopen, publish
         * @description The owner. publish: only when closed and every member has a current sign-off (409 naming the missing and stale ones otherwise).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "open" | "close" | "reopen" | "publish";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: string;
                            status_label: string;
                            warnings: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description 入力エラー / invalid input (issues name line, column and reason) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ログインが必要 / not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 権限がない、または CSRF トークンが違う / not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 見つかりません / not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 競合: ほかの変更と重なった（読み込み直す） / conflict: the record changed; reload it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description リクエスト本文が上限を超えた / body over the route's size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Area: {
            /**
             * @description 全国地方公共団体コード (6 digits incl. check digit)
             * @example 131016
             */
            code: string;
            county: string | null;
            kana: string | null;
            lat: number | null;
            /** @enum {string} */
            level: "nation" | "prefecture" | "municipality" | "ward";
            lng: number | null;
            /** @example 千代田区 */
            name: string;
            name_en: string | null;
            parent_code: string | null;
            pref_code: string | null;
            /** @example 特別区 */
            type: string;
            valid_from: string | null;
            valid_to: string | null;
        };
        AreaProfile: {
            area: {
                code: string;
                /** @enum {string} */
                level: "nation" | "prefecture" | "municipality" | "ward";
                name: string;
                parent_code: string | null;
                pref_code: string | null;
                pref_name: string | null;
                type: string;
            };
            /**
             * @description 出典（表示するときに添える）
             * @example [
             *       "出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成"
             *     ]
             */
            attribution: string[];
            indicators: {
                code: string;
                name: string;
                name_en: string | null;
                nation: number | null;
                period: string;
                prefecture: number | null;
                unit: string;
                value: number | null;
            }[];
            /** @description indicators whose latest value ends more than 5 years before the area’s newest value: left out of `indicators` */
            omitted_indicators: {
                code: string;
                name: string;
                name_en: string | null;
                period: string;
            }[];
            population: {
                latest: {
                    ageing_rate: number | null;
                    female: number | null;
                    households: number | null;
                    male: number | null;
                    period: string;
                    total: number | null;
                } | null;
                series: {
                    age_0_14: number | null;
                    age_15_64: number | null;
                    age_65_plus: number | null;
                    period: string;
                    total: number | null;
                }[];
            };
            pyramid: {
                groups: {
                    age_group: string;
                    female: number | null;
                    male: number | null;
                }[];
                period: string;
                source: string;
            } | null;
        };
        AuditLog: {
            entries: {
                action: string;
                /**
                 * @description the action’s Japanese name
                 * @example 実績値の登録・更新
                 */
                action_label: string;
                /** @description 'user:<id>', 'cli:<name>' or 'system:<name>' (never an e-mail address) */
                actor: string;
                /**
                 * @description who acted, for people: the user’s display name, CLI（…）, システム（…）
                 * @example 企画課 山田
                 */
                actor_label: string;
                details?: unknown;
                entity_id: string;
                entity_type: string;
                id: number;
                occurred_at: string;
                summary: string;
            }[];
        };
        BandCounts: {
            "<50": number;
            "50-<80": number;
            "80-<100": number;
        };
        /** @description The JSON interchange format (see README) */
        Catalog: {
            kpis: {
                [key: string]: unknown;
            }[];
            nodes: {
                [key: string]: unknown;
            }[];
            strategy: {
                id: string;
                name: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        ComparedKpi: {
            /** @enum {string} */
            direction: "increase" | "decrease" | "maintain";
            evaluation: {
                actual: {
                    flag: string | null;
                    flag_label: string | null;
                    period: string;
                    value: number;
                } | null;
                baseline: {
                    period: string;
                    value: number;
                } | null;
                on_track: boolean | null;
                progress: number | null;
                reached: boolean | null;
                /** @enum {string} */
                status: "2" | "3" | "1A" | "1B" | "1C";
                status_label: string;
                target: {
                    period: string | null;
                    text: string | null;
                    value: number | null;
                } | null;
            };
            kpi_id: string;
            kpi_name: string;
            owner_code: string;
            owner_name: string | null;
            /** @enum {string} */
            relation: "self" | "similar" | "other";
            series_area: {
                code: string;
                name: string | null;
            };
            similar_rank: number | null;
            strategy_id: string;
            strategy_name: string;
            unit: string;
        };
        ComparisonPeer: {
            change: number | null;
            code: string;
            earlier: {
                flag: string | null;
                period: string;
                value: number | null;
            } | null;
            kpi_count: number;
            latest: {
                flag: string | null;
                period: string;
                value: number | null;
            } | null;
            name: string | null;
            pref_name: string | null;
            /** @enum {string} */
            relation: "self" | "similar" | "other";
            similar_rank: number | null;
        };
        DocumentLine: {
            box?: {
                height: number;
                left: number[];
                right: number[];
                top: number;
            };
            cells?: string[];
            /** @description .docx: Word's heading level (見出し 1–6) */
            heading?: number;
            line: number;
            page: number | null;
            text: string;
        };
        /** @description the JSON interchange format (accepted by POST /api/v1/evaluate and `sousei import` once reviewed), plus source, layout, confidence, warnings per KPI */
        DraftCatalog: {
            kpis: components["schemas"]["DraftKpi"][];
            nodes: {
                code?: string | null;
                id: string;
                level: string;
                name: string;
                parent: string | null;
                /** @description the heading line the node comes from (absent on the `document` node) */
                source?: {
                    line: number;
                    page: number | null;
                    text: string;
                };
            }[];
            strategy: {
                /** @enum {boolean} */
                draft: true;
                id: string;
                name: string;
                source_file: string;
            };
        };
        DraftKpi: {
            baseline: {
                period: string;
                value: number;
            } | null;
            baseline_text?: string;
            confidence: number;
            /** @enum {string} */
            direction: "increase" | "decrease" | "maintain";
            id: string;
            /** @enum {string} */
            layout: "table" | "inline" | "labelled" | "sentence";
            name: string;
            node: string;
            source: {
                line: number;
                page: number | null;
                text: string;
            };
            target_text: string | null;
            targets: {
                period: string | null;
                relative_to?: string;
                text: string;
                value: number | null;
                window_from?: string;
            }[];
            unit: string;
            warnings: string[];
        };
        Error: {
            error: {
                /** @example invalid_input */
                code: string;
                /** @description 409: the version of the record now stored (and, for plans, what changed: `changes`, `conflicts`) */
                current?: {
                    version?: string;
                } & {
                    [key: string]: unknown;
                };
                issues?: {
                    code: string;
                    column?: string;
                    file?: string;
                    line?: number;
                    reason: string;
                    row?: number;
                }[];
                message: string;
            };
        };
        Evaluation: {
            /** @example 2026-11-23 */
            as_of: string;
            kpis: components["schemas"]["KpiEvaluation"][];
            strategy: {
                id: string;
                name: string;
            };
            summary: {
                as_of: string;
                by_band: components["schemas"]["BandCounts"];
                by_node: {
                    by_band: components["schemas"]["BandCounts"];
                    by_status: components["schemas"]["StatusCounts"];
                    level: string;
                    name: string;
                    node: string;
                    own: number;
                    parent: string | null;
                    total: number;
                }[];
                by_status: components["schemas"]["StatusCounts"];
                total: number;
            };
        };
        GoodPracticeHeader: {
            actor: string;
            credit: string;
            field: string;
            field_label: string;
            id: string;
            /** @description the submitting government's 団体コード (000000: shipped reference cases) */
            owner_code: string;
            owner_name: string | null;
            pillar_label: string | null;
            problem_tags: string[];
            /** @description shipped with Sousei from the seeds’ own examples */
            reference: boolean;
            regions: {
                code: string;
                name: string | null;
            }[];
            started_year: number | null;
            /** @description 西暦 with 和暦, e.g. 2019年（令和元年） */
            started_year_label: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "validated";
            status_label: string;
            summary: string;
            title: string;
            updated_at: string;
            validated_at: string | null;
            version: number;
        };
        GrantApplicationHeader: {
            /** @description the applicant's 団体コード (the distribution key) */
            applicant_code: string;
            /** @description prefecture | core_city | municipality — the caps applied */
            applicant_kind: string;
            applicant_name: string | null;
            check_errors: number;
            check_warnings: number;
            current_version: number;
            decided_total: number | null;
            fiscal_year: number;
            id: string;
            /** @description national share requested over all projects and years, yen */
            requested_total: number;
            sample: boolean;
            /** @enum {string} */
            status: "draft" | "submitted" | "under_review" | "decided" | "in_execution" | "verified";
            status_label: string;
            submitted_version: number | null;
            title: string;
            updated_at: string;
        };
        GrantCheckIssue: {
            /** @example 2026年度（令和8年度）のソフト事業の国費 15億円（S1「観光DX」 15億円）が年度上限 10億円（市区町村）を5億円超えています（002 L385-388,393） */
            message: string;
            /** @description the project concerned; null for the application as a whole */
            project: string | null;
            /**
             * @description the rule-book parameter applied (GET /api/v1/rules)
             * @example d2g.soft.annual_cap.municipality
             */
            rule: string;
            /**
             * @description error: the rule is broken (submission refused); warning: 目安 or 原則 exceeded, examined in review
             * @enum {string}
             */
            severity: "error" | "warning";
            source: {
                document: string;
                lines: string | null;
                url?: string;
            };
            /** @description the fiscal year (年度) concerned */
            year?: number;
        };
        GrantCheckResult: {
            applicant_code: string;
            /**
             * @description the kind whose caps were applied
             * @enum {string}
             */
            applicant_kind: "prefecture" | "core_city" | "municipality";
            /** @enum {string} */
            applicant_kind_by_code: "prefecture" | "core_city" | "municipality";
            as_of: string;
            binding_caps: string[];
            errors: number;
            issues: components["schemas"]["GrantCheckIssue"][];
            /** @description national share (国費) by fiscal year and kind, in yen */
            national_share_by_year: {
                [key: string]: components["schemas"]["GrantNationalShare"];
            };
            national_share_total: components["schemas"]["GrantNationalShare"];
            /** @description true when no rule is broken (warnings allowed) */
            ok: boolean;
            projects: {
                by_year: {
                    [key: string]: number;
                };
                eligible_total: number;
                id: string;
                /** @enum {string} */
                kind: "soft" | "kyoten" | "infra";
                name: string;
                rate: number;
                rate_parameter: string;
                total: number;
                trace: {
                    cap?: {
                        binding: boolean;
                        id: string;
                        /** @enum {string} */
                        kind: "hard" | "guideline";
                        label: string;
                        limit: number;
                    };
                    formula: string;
                    inputs: {
                        [key: string]: number;
                    };
                    label: string;
                    parameters: {
                        effective_from: string;
                        effective_to: string | null;
                        id: string;
                        label: string;
                        source: components["schemas"]["RuleSource"];
                        unit: string;
                        value: number | boolean | string | string[];
                    }[];
                    step: string;
                    value: number;
                }[];
            }[];
            /** @description the caps' steps (each project's national share is traced in projects[].trace) */
            trace: {
                cap?: {
                    binding: boolean;
                    id: string;
                    /** @enum {string} */
                    kind: "hard" | "guideline";
                    label: string;
                    limit: number;
                };
                formula: string;
                inputs: {
                    [key: string]: number;
                };
                label: string;
                parameters: {
                    effective_from: string;
                    effective_to: string | null;
                    id: string;
                    label: string;
                    source: components["schemas"]["RuleSource"];
                    unit: string;
                    value: number | boolean | string | string[];
                }[];
                step: string;
                value: number;
            }[];
            warnings: number;
        };
        GrantMyReview: {
            application_id: string;
            complete: boolean;
            scores: components["schemas"]["GrantReviewScore"][];
            version: number | null;
        };
        GrantNationalShare: {
            infra: number;
            kyoten: number;
            soft: number;
            total: number;
        };
        GrantReviewer: {
            name: string;
            user_id: string;
        };
        GrantReviews: {
            application_id: string;
            comment_required_max_score: number;
            criteria: ({
                id: string;
                label: string;
            } & {
                [key: string]: unknown;
            })[];
            reviewers: (components["schemas"]["GrantReviewer"] & {
                complete: boolean;
                scores: components["schemas"]["GrantReviewScore"][];
                total: number | null;
            })[];
            score_max: number;
            status: string;
            status_label: string;
            submitted_version: number | null;
            summary: components["schemas"]["GrantReviewSummary"] | null;
            title: string;
            /** @enum {string} */
            view: "secretariat" | "reviewer";
        };
        GrantReviewScore: {
            comment: string;
            criterion: string;
            label: string;
            score: number;
            updated_at: string;
            version: number;
        };
        GrantReviewSummary: {
            complete_reviewer_ids: string[];
            complete_reviewers: number;
            criteria: {
                count: number;
                criterion: string;
                label: string;
                max: number | null;
                mean: number | null;
                min: number | null;
                spread: boolean;
            }[];
            reviewers: number;
            spread: boolean;
            total: {
                count: number;
                max: number | null;
                max_possible: number;
                mean: number | null;
                min: number | null;
            };
        };
        GrantRollup: {
            applications: {
                by_status: {
                    [key: string]: number;
                };
                total: number;
            };
            decided: {
                by_fiscal_year: {
                    by_kind: {
                        infra: number;
                        kyoten: number;
                        soft: number;
                    };
                    fiscal_year: number;
                    total: number;
                }[];
                by_kind: {
                    infra: number;
                    kyoten: number;
                    soft: number;
                };
                by_prefecture: {
                    applications: number;
                    by_kind: {
                        infra: number;
                        kyoten: number;
                        soft: number;
                    };
                    name: string;
                    pref_code: string;
                    total: number;
                }[];
                total: number;
            };
            fiscal_year: number | null;
            kpi_achievement: {
                achieved: number;
                by_class: {
                    [key: string]: number;
                };
                kpis: number;
                projects: number;
                /** @description ①A 目標達成 over all KPIs evaluated, percent (one decimal) */
                share_achieved: number | null;
                verifications: number;
            };
        };
        GrantVerification: {
            application_id: string;
            as_of: string;
            fiscal_year: number;
            owner_code: string;
            participants: {
                name: string;
                organisation?: string;
                /** @enum {string} */
                sector: "industry" | "government" | "academia" | "finance" | "labour" | "media";
                sector_label: string;
            }[];
            published_at: string | null;
            results: {
                assessment: string;
                decided_total: number;
                improvement: string;
                kind: string;
                kpis: components["schemas"]["GrantVerificationKpi"][];
                project_id: string;
                project_name: string;
            }[];
            sector_counts: {
                [key: string]: number;
            };
            updated_at: string;
        };
        GrantVerificationKpi: {
            found: boolean;
            kpi_id: string;
            name: string;
            progress: number | null;
            reason: string;
            status: string;
            strategy_id: string;
            unit: string;
        } & {
            [key: string]: unknown;
        };
        ImportJob: {
            bytes: number | null;
            created_at: string;
            error: {
                /** @example invalid_input */
                code: string;
                /** @description 409: the version of the record now stored (and, for plans, what changed: `changes`, `conflicts`) */
                current?: {
                    version?: string;
                } & {
                    [key: string]: unknown;
                };
                issues?: {
                    code: string;
                    column?: string;
                    file?: string;
                    line?: number;
                    reason: string;
                    row?: number;
                }[];
                message: string;
            } | null;
            file: string | null;
            finished_at: string | null;
            id: string;
            kind: string;
            progress: {
                done: number;
                step: string;
                total: number;
            } | null;
            result: {
                [key: string]: unknown;
            } | null;
            started_at: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            subject: string;
        };
        Indicator: components["schemas"]["IndicatorSummary"] & {
            latest_period: string | null;
            /** @description levels with values at the latest period */
            levels: ("nation" | "prefecture" | "municipality" | "ward")[];
            /**
             * @description canonical period labels, ascending
             * @example [
             *       "2021",
             *       "2022"
             *     ]
             */
            periods: string[];
        };
        IndicatorMap: {
            /**
             * @description 出典（表示するときに添える）
             * @example [
             *       "出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成"
             *     ]
             */
            attribution: string[];
            indicator: components["schemas"]["Indicator"];
            /**
             * @description prefecture 都道府県 / municipality 市区町村（政令指定都市は1団体） / ward 政令指定都市の区
             * @enum {string}
             */
            level: "prefecture" | "municipality" | "ward";
            period: string;
            pref_code: string | null;
            stats: components["schemas"]["ValueStats"];
            values: {
                code: string;
                /**
                 * @description preliminary 速報 / estimate 推計 / confidential 秘匿（x） / not_applicable 該当なし（－） / not_available 不詳・未公表（…） / reference 参考値
                 * @enum {string|null}
                 */
                flag: "preliminary" | "estimate" | "confidential" | "not_applicable" | "not_available" | "reference" | null;
                name: string;
                pref_code: string | null;
                pref_name: string | null;
                value: number | null;
            }[];
        };
        IndicatorRanking: {
            /**
             * @description 出典（表示するときに添える）
             * @example [
             *       "出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成"
             *     ]
             */
            attribution: string[];
            indicator: components["schemas"]["Indicator"];
            /**
             * @description prefecture 都道府県 / municipality 市区町村（政令指定都市は1団体） / ward 政令指定都市の区
             * @enum {string}
             */
            level: "prefecture" | "municipality" | "ward";
            /** @enum {string} */
            order: "desc" | "asc";
            period: string;
            pref_code: string | null;
            rows: {
                code: string;
                /**
                 * @description preliminary 速報 / estimate 推計 / confidential 秘匿（x） / not_applicable 該当なし（－） / not_available 不詳・未公表（…） / reference 参考値
                 * @enum {string|null}
                 */
                flag: "preliminary" | "estimate" | "confidential" | "not_applicable" | "not_available" | "reference" | null;
                name: string;
                pref_name: string | null;
                rank: number | null;
                value: number | null;
            }[];
        };
        IndicatorScatter: {
            /**
             * @description 出典（表示するときに添える）
             * @example [
             *       "出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成"
             *     ]
             */
            attribution: string[];
            /** @description Pearson r; null with fewer than 3 points */
            correlation: number | null;
            /**
             * @description prefecture 都道府県 / municipality 市区町村（政令指定都市は1団体） / ward 政令指定都市の区
             * @enum {string}
             */
            level: "prefecture" | "municipality" | "ward";
            points: {
                code: string;
                name: string;
                pref_name: string | null;
                x: number;
                y: number;
            }[];
            pref_code: string | null;
            x: {
                indicator: string;
                name: string;
                period: string;
                unit: string;
            };
            y: {
                indicator: string;
                name: string;
                period: string;
                unit: string;
            };
        };
        IndicatorSeries: {
            /**
             * @description 出典（表示するときに添える）
             * @example [
             *       "出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成"
             *     ]
             */
            attribution: string[];
            series: {
                area: string;
                area_name: string;
                /** @description 系列の断層: the definition changed at `period` (the step from the period before is not a real change), e.g. 2013 外国人住民を含む */
                breaks: {
                    label: string;
                    note: string;
                    period: string;
                }[];
                indicator: string;
                indicator_name: string;
                points: {
                    /**
                     * @description preliminary 速報 / estimate 推計 / confidential 秘匿（x） / not_applicable 該当なし（－） / not_available 不詳・未公表（…） / reference 参考値
                     * @enum {string|null}
                     */
                    flag: "preliminary" | "estimate" | "confidential" | "not_applicable" | "not_available" | "reference" | null;
                    period: string;
                    value: number | null;
                }[];
                unit: string;
            }[];
        };
        IndicatorSummary: {
            category: string;
            category_label: string;
            /** @example ageing_rate */
            code: string;
            frequency: string | null;
            licence: string;
            /** @example 高齢化率 */
            name: string;
            name_en: string | null;
            notes: string | null;
            source: string;
            /** @example % */
            unit: string;
        };
        KigyoFurusatoCredits: {
            hojinzei: number;
            jigyozei: number;
            juminzei: number;
        };
        KigyoFurusatoEligibility: {
            /** @description 青色申告書を提出する法人か */
            blue_return?: boolean;
            /** @description 国が認定した地域再生計画に記載された事業への寄附か */
            certified_project?: boolean;
            /** @description 寄附の代償として経済的な利益を受けるか（受けるなら対象外） */
            economic_return?: boolean;
            /**
             * @description 本社（主たる事務所又は事業所）の所在する市区町村（団体コード）
             * @example 131016
             */
            head_office_code?: string;
            /**
             * @description 寄附先の地方公共団体（団体コード6桁または5桁）
             * @example 162019
             */
            recipient_code?: string;
        };
        KigyoFurusatoInput: {
            /**
             * @description 評価日（寄附日・申請日）YYYY-MM-DD。省略時は今日（日本時間）
             * @example 2026-12-01
             */
            as_of?: string;
            /**
             * @description 寄附額（円。数値、または「1,000万」「3億」のような文字列）
             * @example 1,000万
             */
            donation: number | string;
            /**
             * @description 損金算入の効果に使う実効税率（0〜1）。省略時は kfn.deduction.default_rate（0.3）
             * @example 0.3
             */
            effective_tax_rate?: number;
            eligibility?: components["schemas"]["KigyoFurusatoEligibility"];
            /**
             * @description 法人税額（円。数値、または「1,000万」「3億」のような文字列）
             * @example 3億
             */
            hojinzei: number | string;
            /**
             * @description 法人事業税額（円。数値、または「1,000万」「3億」のような文字列）
             * @example 5,000万
             */
            jigyozei: number | string;
            /**
             * @description 法人住民税法人税割額（道府県民税と市町村民税の合計）（円。数値、または「1,000万」「3億」のような文字列）
             * @example 5,000万
             */
            juminzei_hojinzeiwari: number | string;
        };
        KigyoFurusatoResult: {
            as_of: string;
            /** @description juminzei_cap_20pct_of_hojinzeiwari | hojinzei_limit_10pct_of_donation | hojinzei_cap_5pct_of_hojinzei | jigyozei_cap_20pct_of_jigyozei, in the order met */
            binding_caps: string[];
            credits: components["schemas"]["KigyoFurusatoCredits"];
            deduction_effect: number;
            eligible: boolean;
            net_burden: number;
            /** @description why not eligible: each names the rule and its source */
            reasons: string[];
            /** @description 確認事項: conditions not answered in the input */
            to_confirm: string[];
            total_credit: number;
            total_relief: number;
            trace: components["schemas"]["TraceStep"][];
        };
        KigyoFurusatoWhatIf: {
            as_of: string;
            cap_starts: {
                cap: string;
                donation: number;
            }[];
            inputs: {
                effective_tax_rate: number | null;
                hojinzei: number;
                jigyozei: number;
                juminzei_hojinzeiwari: number;
            };
            /** @description the largest donation at which no cap binds; null after the deadline */
            linear_until: number | null;
            parameters: components["schemas"]["TraceParameter"][];
            rows: {
                /** @description juminzei_cap_20pct_of_hojinzeiwari | hojinzei_limit_10pct_of_donation | hojinzei_cap_5pct_of_hojinzei | jigyozei_cap_20pct_of_jigyozei, in the order met */
                binding_caps: string[];
                /** @description net_burden / donation (0.1 = 10%) */
                burden_ratio: number;
                credits: components["schemas"]["KigyoFurusatoCredits"];
                deduction_effect: number;
                donation: number;
                eligible: boolean;
                net_burden: number;
                total_credit: number;
                total_relief: number;
            }[];
        };
        KigyoFurusatoWhatIfInput: {
            /**
             * @description 評価日（寄附日・申請日）YYYY-MM-DD。省略時は今日（日本時間）
             * @example 2026-12-01
             */
            as_of?: string;
            /** @description 試算する寄附額の一覧。省略時は最低寄附額から10億円までの既定の一覧（上限が効き始める寄附額を含む） */
            donations?: (number | string)[];
            /**
             * @description 損金算入の効果に使う実効税率（0〜1）。省略時は kfn.deduction.default_rate（0.3）
             * @example 0.3
             */
            effective_tax_rate?: number;
            eligibility?: components["schemas"]["KigyoFurusatoEligibility"];
            /** @enum {string} */
            format?: "json" | "xlsx";
            /**
             * @description 法人税額（円。数値、または「1,000万」「3億」のような文字列）
             * @example 3億
             */
            hojinzei: number | string;
            /**
             * @description 法人事業税額（円。数値、または「1,000万」「3億」のような文字列）
             * @example 5,000万
             */
            jigyozei: number | string;
            /**
             * @description 法人住民税法人税割額（道府県民税と市町村民税の合計）（円。数値、または「1,000万」「3億」のような文字列）
             * @example 5,000万
             */
            juminzei_hojinzeiwari: number | string;
        };
        KpiBinding: {
            area: string;
            indicator: string;
            kpi: string;
            strategy: string;
        };
        KpiEvaluation: {
            actual: {
                flag: string | null;
                flag_label: string | null;
                period: string;
                value: number;
            } | null;
            /** @enum {string|null} */
            band: "80-<100" | "50-<80" | "<50" | null;
            baseline: {
                period: string;
                value: number;
            } | null;
            components?: {
                actual: {
                    flag: string | null;
                    flag_label: string | null;
                    period: string;
                    value: number;
                } | null;
                /** @enum {string|null} */
                band: "80-<100" | "50-<80" | "<50" | null;
                baseline: {
                    period: string;
                    value: number;
                } | null;
                /** @enum {string} */
                direction: "increase" | "decrease" | "maintain";
                expected: number | null;
                id: string;
                name: string;
                node: string;
                on_track: boolean | null;
                pre_revision_target_reached: boolean;
                /** @description 進捗率 (%), rounded half away from zero */
                progress: number | null;
                progress_exact: number | null;
                reached: boolean | null;
                /** @example 基準値から目標値までの進捗率 64%（①B） */
                reason: string;
                /** @description relative targets (東京圏以上, 全国平均と同水準): the reference series; bound false = 比較対象未登録 (③) */
                reference?: {
                    bound: boolean;
                    name: string;
                    period: string | null;
                    series: string | null;
                    value: number | null;
                };
                /**
                 * @description 1A 目標達成 / 1B 進捗 / 1C 数値目標なし / 2 進捗なし・悪化 / 3 測定不能
                 * @enum {string}
                 */
                status: "2" | "3" | "1A" | "1B" | "1C";
                target: {
                    period: string | null;
                    text: string | null;
                    value: number | null;
                } | null;
                target_due: boolean | null;
                /** @enum {string} */
                target_kind: "numeric" | "direction" | "relative" | "none";
                unit: string;
            }[];
            /** @enum {string} */
            direction: "increase" | "decrease" | "maintain";
            expected: number | null;
            id: string;
            name: string;
            node: string;
            on_track: boolean | null;
            pre_revision_target_reached: boolean;
            /** @description 進捗率 (%), rounded half away from zero */
            progress: number | null;
            progress_exact: number | null;
            reached: boolean | null;
            /** @example 基準値から目標値までの進捗率 64%（①B） */
            reason: string;
            /** @description relative targets (東京圏以上, 全国平均と同水準): the reference series; bound false = 比較対象未登録 (③) */
            reference?: {
                bound: boolean;
                name: string;
                period: string | null;
                series: string | null;
                value: number | null;
            };
            /**
             * @description 1A 目標達成 / 1B 進捗 / 1C 数値目標なし / 2 進捗なし・悪化 / 3 測定不能
             * @enum {string}
             */
            status: "2" | "3" | "1A" | "1B" | "1C";
            target: {
                period: string | null;
                text: string | null;
                value: number | null;
            } | null;
            target_due: boolean | null;
            /** @enum {string} */
            target_kind: "numeric" | "direction" | "relative" | "none";
            unit: string;
        };
        /** @description the series a relative target (全国平均以上, 東京圏以上) is compared with */
        KpiReferenceBinding: {
            area: string;
            indicator: string;
            kpi: string;
            strategy: string;
        };
        Organisation: {
            address: string | null;
            /** @description 法人番号 (13 digits with check digit) */
            corporate_number: string | null;
            /** @example meti-kanto */
            id: string;
            /** @enum {string} */
            kind: "secretariat" | "ministry" | "bureau" | "prefecture" | "designated_city" | "municipality" | "reviewer_body" | "company";
            /** @example 関東経済産業局 */
            name: string;
            parent_id: string | null;
            pref_codes: string[];
        };
        PasswordChanged: components["schemas"]["Session"] & {
            /** @description other sessions that were ended */
            revoked: number;
        };
        PlanHeader: {
            co_owner_org_ids: string[];
            current_version: number;
            field: string;
            final_fy: number | null;
            id: string;
            local_published_on: string | null;
            local_url: string | null;
            /** @description the distribution key: the lead owner's 団体コード (B, C) or 000000 (A) */
            owner_code: string;
            /** @description the owner and co-owners (団体コード, or an organisation id for A) */
            owner_codes: string[];
            owner_org_id: string;
            pref_codes: string[];
            published_at: string | null;
            published_version: number | null;
            /** @description sample content (sousei demo) */
            sample: boolean;
            /** @description draft | precheck | precheck_done | published_local | submitted | soan | proposals | formulated | published | in_execution | evaluated | withdrawn */
            status: string;
            title: string;
            /** @enum {string} */
            type: "A" | "B" | "C";
            /** @description 撤退基準に該当 (until the owner decides) */
            withdrawal_flag: boolean;
        };
        PlanReport: {
            accepted_at: string | null;
            items: {
                action_id: string;
                delay_cause: string;
                done: string;
                status: string;
            }[];
            kpi_values: {
                kpi_id: string;
                period: string;
                value: number;
            }[];
            lock_version: number;
            plan_id: string;
            return_comment: string;
            /** @description 0 until accepted; each correction after acceptance adds 1 */
            revision: number;
            round_id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "accepted" | "returned";
            submitted_at: string | null;
            updated_at: string;
            updated_by: string;
        };
        PlanRound: {
            deadline: string;
            id: string;
            opened_at: string;
            opened_by: string;
            period_end: string;
            period_start: string;
            plan_types: string[];
            published_at: string | null;
            sample: boolean;
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
        };
        ProJinzaiInput: {
            /**
             * @description 評価日（寄附日・申請日）YYYY-MM-DD。省略時は今日（日本時間）
             * @example 2026-12-01
             */
            as_of?: string;
            /**
             * @description 対象費用の合計（1件当たり）（円。数値、または「1,000万」「3億」のような文字列）
             * @example 70万
             */
            cost?: number | string;
            /** @description 対象費用の費目別（cost とはどちらか一方） */
            costs?: {
                /**
                 * @description 副業・兼業人材へ支払う報酬（円。数値、または「1,000万」「3億」のような文字列）
                 * @example 50万
                 */
                fee?: number | string;
                /**
                 * @description 人材事業者へ支払う紹介手数料（円。数値、または「1,000万」「3億」のような文字列）
                 * @example 15万
                 */
                referral_fee?: number | string;
                /**
                 * @description 副業・兼業人材へ支払う移動費（円。数値、または「1,000万」「3億」のような文字列）
                 * @example 5万
                 */
                travel?: number | string;
            };
            /**
             * @description 道府県の補助率（0〜0.8）。省略時は最大の 8/10
             * @example 0.8
             */
            rate?: number;
        };
        ProJinzaiResult: {
            as_of: string;
            /** @description fukugyo_cap_per_case when the cap per case bound */
            binding_caps: string[];
            company_share: number;
            eligible_cost: number;
            grant: number;
            trace: components["schemas"]["TraceStep"][];
        };
        /** @description one KPI of the draft as reviewed, in the JSON interchange format (id, name, unit, direction, baseline, targets, target_text; source and layout are kept) */
        ReviewedKpi: {
            [key: string]: unknown;
        };
        /** @description one node of the logic model as reviewed: id, parent (null at the top), name, level (goal | impact | outcome | output | other; absent: goal at the top, else output); code and source are kept. Each KPI's `node` names one */
        ReviewedNode: {
            [key: string]: unknown;
        };
        RuleParameter: {
            /** @enum {string} */
            binding?: "hard" | "guideline";
            effective_from: string;
            effective_to: string | null;
            /** @example kfn.juminzei.cap */
            id: string;
            label: string;
            note: string;
            /** @enum {string} */
            program: "kigyo_furusato" | "pro_jinzai" | "dai2sedai";
            source: components["schemas"]["RuleSource"];
            unit: string;
            value: number | boolean | string | string[];
        };
        RuleSource: {
            document: string;
            file?: string;
            /**
             * @description seed: the seeds' text (document and lines); public: a public source outside them (url); decision: Sousei's decision where the documents are silent
             * @enum {string}
             */
            kind: "seed" | "public" | "decision";
            lines?: string;
            /** @description id in shared/reference/grants-and-tax-rules.json */
            ruleId?: string;
            url?: string;
        };
        Session: {
            csrf_token: string | null;
            /** @description other live sessions of the user (other browsers or devices); null when not signed in */
            other_sessions: number | null;
            user: components["schemas"]["User"];
        };
        SessionsRevoked: {
            revoked: number;
        };
        SimilarMunicipalities: {
            area: {
                ageing_rate: number;
                code: string;
                name: string;
                population: number;
                population_change_5y: number;
                pref_name: string | null;
                type: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description 出典（表示するときに添える）
             * @example [
             *       "出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成"
             *     ]
             */
            attribution: string[];
            comparators: ({
                ageing_rate: number;
                code: string;
                distance: number;
                name: string;
                population: number;
                population_change_5y: number;
                pref_name: string | null;
                same_band: boolean;
                score: number;
                type: string;
            } & {
                [key: string]: unknown;
            })[];
            group: {
                band: {
                    code: string;
                    label: string;
                    max: number | null;
                    min: number;
                };
                label: string;
                past_period: string;
                period: string;
                size: number;
                type: string;
            };
            method: {
                /** @enum {string} */
                code: "population_structure";
                description: string;
                label: string;
            };
        };
        StatusCounts: {
            "1A": number;
            "1B": number;
            "1C": number;
            2: number;
            3: number;
        };
        StrategyComparison: {
            area: {
                code: string;
                name: string | null;
            } | null;
            as_of: string;
            attribution: string[];
            indicator: {
                category_label: string;
                code: string;
                latest_period: string | null;
                name: string;
                unit: string;
            };
            peers: components["schemas"]["ComparisonPeer"][];
            rows: components["schemas"]["ComparedKpi"][];
            similar: {
                label: string | null;
                method: string | null;
                note: string | null;
            };
            total: number;
            truncated: boolean;
        };
        StrategyList: {
            strategies: {
                extra: {
                    [key: string]: unknown;
                } | null;
                id: string;
                kpi_count: number;
                name: string;
                observation_count: number;
                owner_code: string;
                updated_at: string;
            }[];
        };
        TraceParameter: {
            effective_from: string;
            effective_to: string | null;
            id: string;
            label: string;
            source: components["schemas"]["RuleSource"];
            unit: string;
            value: number | boolean | string | string[];
        };
        TraceStep: {
            cap?: {
                /** @description true only when the cap is strictly lower than the amount it caps */
                binding: boolean;
                id: string;
                /** @enum {string} */
                kind: "hard" | "guideline";
                label: string;
                limit: number;
            };
            /** @description the formula in words */
            formula: string;
            inputs: {
                [key: string]: number;
            };
            label: string;
            parameters: components["schemas"]["TraceParameter"][];
            /** @example juminzei_credit */
            step: string;
            value: number;
        };
        User: {
            email: string;
            name: string;
            org_code: string;
            org_name: string | null;
            /** @enum {string} */
            role: "admin" | "editor" | "viewer" | "reviewer";
        } | null;
        ValueStats: {
            count: number;
            max: number | null;
            mean: number | null;
            median: number | null;
            min: number | null;
        };
        VerificationReport: {
            [key: string]: unknown;
        };
        VerificationRound: {
            [key: string]: unknown;
        };
        VerificationRoundItem: {
            evaluation_date: string;
            fiscal_year: number;
            fiscal_year_label: string;
            id: string;
            owner_code: string;
            published_at: string | null;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
            status_label: string;
            strategy_id: string;
            title: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
