// Generated from specs/hasoffers.openapi.yaml by openapi-typescript 7.13.0. DO NOT EDIT.
// Regenerate with `pnpm generate`; `pnpm check:generated` proves this file matches the spec.

export interface paths {
    "/Advertiser/findAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Advertiser rows matching the filters
         * @description `contain`: AccountBalance, AccountManager (Employee), AdvertiserMeta, AdvertiserUser, CreatorUser, Currency, Stat.
         */
        get: operations["Advertiser_findAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Advertiser/findAllByIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Several Advertiser rows by id */
        get: operations["Advertiser_findAllByIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Advertiser/findById": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Advertiser
         * @description `data` is `null` when there is none. `contain`: AccountBalance, AccountManager (Employee), AdvertiserMeta, AdvertiserUser, CreatorUser, Currency, Stat.
         */
        get: operations["Advertiser_findById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Advertiser/findAllIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ids of every Advertiser matching the filters */
        get: operations["Advertiser_findAllIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Advertiser/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a Advertiser */
        post: operations["Advertiser_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Advertiser/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Updates a Advertiser */
        put: operations["Advertiser_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Advertiser/updateField": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes one field of a Advertiser */
        put: operations["Advertiser_updateField"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Advertiser/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Blocks an advertiser */
        put: operations["Advertiser_block"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Affiliate/findAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Affiliate rows matching the filters
         * @description `contain`: Stat, AffiliateCommission, AffiliateReferral, AccountManager (Employee), CreatorUser, AffiliateUser, PaymentMethod, AffiliateMeta, AccountBalance, Currency.
         */
        get: operations["Affiliate_findAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Affiliate/findAllByIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Several Affiliate rows by id */
        get: operations["Affiliate_findAllByIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Affiliate/findById": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Affiliate
         * @description `data` is `null` when there is none. `contain`: Stat, AffiliateCommission, AffiliateReferral, AccountManager (Employee), CreatorUser, AffiliateUser, PaymentMethod, AffiliateMeta, AccountBalance, Currency.
         */
        get: operations["Affiliate_findById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Affiliate/findAllIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ids of every Affiliate matching the filters */
        get: operations["Affiliate_findAllIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Affiliate/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a Affiliate */
        post: operations["Affiliate_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Affiliate/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Updates a Affiliate */
        put: operations["Affiliate_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Affiliate/updateField": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes one field of a Affiliate */
        put: operations["Affiliate_updateField"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Affiliate/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Blocks an affiliate */
        put: operations["Affiliate_block"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/AffiliateUser/findAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AffiliateUser rows matching the filters
         * @description `contain`: Affiliate.
         */
        get: operations["AffiliateUser_findAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/AffiliateUser/findAllByIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Several AffiliateUser rows by id */
        get: operations["AffiliateUser_findAllByIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/AffiliateUser/findById": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One AffiliateUser
         * @description `data` is `null` when there is none. `contain`: Affiliate.
         */
        get: operations["AffiliateUser_findById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/AffiliateUser/findAllIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ids of every AffiliateUser matching the filters */
        get: operations["AffiliateUser_findAllIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/AffiliateUser/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a AffiliateUser */
        post: operations["AffiliateUser_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/AffiliateUser/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Updates a AffiliateUser */
        put: operations["AffiliateUser_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/AffiliateUser/updateField": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes one field of a AffiliateUser */
        put: operations["AffiliateUser_updateField"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Conversion/findAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conversion rows matching the filters
         * @description `contain`: Advertiser, AdvertiserManager, Affiliate, AffiliateManager, Browser, ConversionMeta, Country, CustomerList, Offer, Goal, OfferFile, OfferUrl, AdCampaign, AdCampaignCreative, RingRevenue.
         */
        get: operations["Conversion_findAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Conversion/findAllByIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Several Conversion rows by id */
        get: operations["Conversion_findAllByIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Conversion/findById": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Conversion
         * @description `data` is `null` when there is none. `contain`: Advertiser, AdvertiserManager, Affiliate, AffiliateManager, Browser, ConversionMeta, Country, CustomerList, Offer, Goal, OfferFile, OfferUrl, AdCampaign, AdCampaignCreative, RingRevenue.
         */
        get: operations["Conversion_findById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Conversion/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a Conversion */
        post: operations["Conversion_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Conversion/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Updates a Conversion */
        put: operations["Conversion_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Conversion/updateField": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes one field of a Conversion */
        put: operations["Conversion_updateField"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Conversion/updateStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Approves, rejects or pends a conversion */
        put: operations["Conversion_updateStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Goal/findAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Goal rows matching the filters
         * @description `contain`: Offer, Advertiser, Stat, AffiliateTierPayout, AffiliateTierRevenue, PayoutGroup, RevenueGroup.
         */
        get: operations["Goal_findAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Goal/findAllByIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Several Goal rows by id */
        get: operations["Goal_findAllByIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Goal/findById": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Goal
         * @description `data` is `null` when there is none. `contain`: Offer, Advertiser, Stat, AffiliateTierPayout, AffiliateTierRevenue, PayoutGroup, RevenueGroup.
         */
        get: operations["Goal_findById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Goal/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a Goal */
        post: operations["Goal_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Goal/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Updates a Goal */
        put: operations["Goal_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Goal/updateField": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes one field of a Goal */
        put: operations["Goal_updateField"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/findAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Offer rows matching the filters
         * @description `contain`: Advertiser, AffiliateTierPayout, AffiliateTierRevenue, Browser, Country, Goal, Hostname, OfferCategory, OfferGroup, OfferUrl, PayoutGroup, RevenueGroup, Stat, Subscription, Thumbnail (OfferFile), TrackingLink.
         */
        get: operations["Offer_findAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/findAllByIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Several Offer rows by id */
        get: operations["Offer_findAllByIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/findById": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Offer
         * @description `data` is `null` when there is none. `contain`: Advertiser, AffiliateTierPayout, AffiliateTierRevenue, Browser, Country, Goal, Hostname, OfferCategory, OfferGroup, OfferUrl, PayoutGroup, RevenueGroup, Stat, Subscription, Thumbnail (OfferFile), TrackingLink.
         */
        get: operations["Offer_findById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/findAllIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ids of every Offer matching the filters */
        get: operations["Offer_findAllIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a Offer */
        post: operations["Offer_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Updates a Offer */
        put: operations["Offer_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/updateField": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes one field of a Offer */
        put: operations["Offer_updateField"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/getTargetCountries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offer's target countries */
        get: operations["Offer_getTargetCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/addTargetCountry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Adds a target country */
        put: operations["Offer_addTargetCountry"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/removeTargetCountry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Removes a target country */
        put: operations["Offer_removeTargetCountry"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/setTargetCountries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replaces the target countries */
        put: operations["Offer_setTargetCountries"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/getCategories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offer's categories */
        get: operations["Offer_getCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/addCategory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Adds a category */
        put: operations["Offer_addCategory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/removeCategory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Removes a category */
        put: operations["Offer_removeCategory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/setCategories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replaces the categories */
        put: operations["Offer_setCategories"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/blockAffiliate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Blocks an affiliate from the offer */
        put: operations["Offer_blockAffiliate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/unblockAffiliate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Unblocks an affiliate */
        put: operations["Offer_unblockAffiliate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/getBlockedAffiliateIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Affiliates blocked from the offer */
        get: operations["Offer_getBlockedAffiliateIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/getApprovedAffiliateIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Affiliates approved for the offer */
        get: operations["Offer_getApprovedAffiliateIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/getUnapprovedAffiliateIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Affiliates not approved for the offer */
        get: operations["Offer_getUnapprovedAffiliateIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/setAffiliateApproval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Approves or rejects an affiliate for the offer
         * @description `data` is `true`, or (on the first approval) the flat AffiliateOffer record.
         */
        put: operations["Offer_setAffiliateApproval"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/getAffiliateApprovalStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An affiliate's approval status for the offer */
        get: operations["Offer_getAffiliateApprovalStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/findAllAffiliateApprovals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Affiliate approval records
         * @description Rows are `{AffiliateOffer, Affiliate, Offer}`; the embedded Offer has its own field set (`modified` as a datetime string).
         */
        get: operations["Offer_findAllAffiliateApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/findAllPendingAffiliateApprovals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending affiliate approval records */
        get: operations["Offer_findAllPendingAffiliateApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/getOfferFilesWithCreativeCode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The offer's creatives with their code for one affiliate
         * @description A paging wrapper without `page`; each row is `{OfferFile, CreativeCode}`.
         */
        get: operations["Offer_getOfferFilesWithCreativeCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Offer/generateTrackingLink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tracking link (and impression pixel) for an affiliate */
        get: operations["Offer_generateTrackingLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/OfferFile/findAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OfferFile rows matching the filters
         * @description `contain`: Offer, CreativeCode, Stat.
         */
        get: operations["OfferFile_findAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/OfferFile/findAllByIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Several OfferFile rows by id */
        get: operations["OfferFile_findAllByIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/OfferFile/findById": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One OfferFile
         * @description `data` is `null` when there is none. `contain`: Offer, CreativeCode, Stat.
         */
        get: operations["OfferFile_findById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/OfferFile/findAllIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ids of every OfferFile matching the filters
         * @description Not in the 2015 catalog; pyoffers exposes it.
         */
        get: operations["OfferFile_findAllIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/OfferFile/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a OfferFile
         * @description The file goes in a multipart/form-data body (one part, named after the file); every parameter, `data[…]` included, stays in the query string. The server computes `size`, `width` and `height`.
         */
        post: operations["OfferFile_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/OfferFile/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Updates a OfferFile */
        put: operations["OfferFile_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/OfferFile/updateField": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes one field of a OfferFile */
        put: operations["OfferFile_updateField"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/findAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags matching the filters */
        get: operations["Tag_findAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/findAllByIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Several Tag rows by id
         * @description Not in the 2015 catalog (Tag is newer) nor in the recorded traffic; it answers like the same method of the other targets, which is how the SDK's `tags` manager calls it.
         */
        get: operations["Tag_findAllByIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/findById": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tag */
        get: operations["Tag_findById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a tag */
        post: operations["Tag_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Updates a tag */
        put: operations["Tag_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/updateField": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Changes one field of a Tag
         * @description Not in the 2015 catalog (Tag is newer) nor in the recorded traffic; it answers like the same method of the other targets, which is how the SDK's `tags` manager calls it.
         */
        put: operations["Tag_updateField"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/addToOffer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attaches a tag to an offer
         * @description `data` is the new relation, flat.
         */
        post: operations["Tag_addToOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/removeFromOffer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Detaches a tag from an offer */
        post: operations["Tag_removeFromOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/setForOffer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replaces the tags of an offer */
        put: operations["Tag_setForOffer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/removeFromOfferByRelationalId": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deletes one offer-tag relation by its id */
        post: operations["Tag_removeFromOfferByRelationalId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/findAllOfferTagRelations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Offer-tag relations
         * @description Rows are `{OffersTags: {id, tag_id, offer_id}}`; the wrapper has `page` and `current` but no `count`/`pageCount`.
         */
        get: operations["Tag_findAllOfferTagRelations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/addToAffiliate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attaches a tag to an affiliate
         * @description `data` is the new relation, flat.
         */
        post: operations["Tag_addToAffiliate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/removeFromAffiliate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Detaches a tag from an affiliate */
        post: operations["Tag_removeFromAffiliate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/setForAffiliate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replaces the tags of an affiliate */
        put: operations["Tag_setForAffiliate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/removeFromAffiliateByRelationalId": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deletes one affiliate-tag relation by its id */
        post: operations["Tag_removeFromAffiliateByRelationalId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/findAllAffiliateTagRelations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Affiliate-tag relations
         * @description Rows are `{AffiliatesTags: {id, tag_id, affiliate_id}}`; the wrapper has `page` and `current` but no `count`/`pageCount`.
         */
        get: operations["Tag_findAllAffiliateTagRelations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/addToAdvertiser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attaches a tag to an advertiser
         * @description `data` is the new relation, flat.
         */
        post: operations["Tag_addToAdvertiser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/removeFromAdvertiser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Detaches a tag from an advertiser */
        post: operations["Tag_removeFromAdvertiser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/setForAdvertiser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replaces the tags of an advertiser */
        put: operations["Tag_setForAdvertiser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/removeFromAdvertiserByRelationalId": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deletes one advertiser-tag relation by its id */
        post: operations["Tag_removeFromAdvertiserByRelationalId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Tag/findAllAdvertiserTagRelations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Advertiser-tag relations
         * @description Rows are `{AdvertisersTags: {id, tag_id, advertiser_id}}`; the wrapper has `page` and `current` but no `count`/`pageCount`.
         */
        get: operations["Tag_findAllAdvertiserTagRelations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Application/findAllOfferCategories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Offer categories
         * @description Rows keyed by id, no paging wrapper.
         */
        get: operations["Application_findAllOfferCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Application/findAllOfferCategoryOfferIds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ids of the offers in a category */
        get: operations["Application_findAllOfferCategoryOfferIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Application/addOfferCategory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates an offer category */
        post: operations["Application_addOfferCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Application/updateOfferCategory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Updates an offer category */
        put: operations["Application_updateOfferCategory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Application/findAllCountries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every country */
        get: operations["Application_findAllCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Application/findCountryByCode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One country by its code */
        get: operations["Application_findCountryByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Report/getStats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Aggregated statistics (clicks, conversions, payout, revenue…)
         * @description Long parameter lists may exceed the URL length; the API also reads a form-encoded POST body.
         */
        get: operations["Report_getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Report/getConversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversion report rows */
        get: operations["Report_getConversions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/RawLog/listDateDirs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Days with raw logs, newest first
         * @deprecated
         */
        get: operations["RawLog_listDateDirs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/RawLog/listLogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hourly log files of one day, newest first
         * @deprecated
         */
        get: operations["RawLog_listLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/RawLog/getDownloadLink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A presigned download link for one log file (valid 8 hours)
         * @deprecated
         */
        get: operations["RawLog_getDownloadLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/RawLog/getLogExpirations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How long each log type is kept
         * @deprecated
         */
        get: operations["RawLog_getLogExpirations"];
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
        /** @description A parameter value; numbers and booleans are sent as text (`true` as `1`). */
        WireValue: string | number | boolean | null;
        /** @description An object id (ids arrive as strings). */
        WireId: number | string;
        /** @description Ids as strings, in the server's order; `[]` when none. */
        IdList: string[];
        /** @description PHP's empty array: how the API writes an empty object. */
        EmptyList: unknown[];
        /** @description The API's echo of every parameter it decoded, string-typed, INCLUDING `NetworkToken`. Never log or keep it. */
        EnvelopeRequest: {
            Target?: string;
            Method?: string;
            Format?: string;
            Service?: string;
            Version?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One error. Validation errors carry `err_code` (1 = blank, 3 = invalid), `err_msg` and `attribute_name`; simple errors only `publicMessage`. */
        ApiError: {
            err_code?: number;
            err_msg?: string;
            attribute_name?: string;
            publicMessage?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Every answer. Success: `status: 1`, `errors: []`, `errorMessage: null`. Failure: `status: -1`, `data: ""`, the errors and the first public message. The 2016 authentication failure (`Network id is not valid`) has no `request`, no `status`, an `errors` object and a `link`. */
        Envelope: {
            request?: components["schemas"]["EnvelopeRequest"];
            response: {
                /**
                 * @description 1 = success, -1 = failure. The only field that decides.
                 * @enum {integer}
                 */
                status?: 1 | -1;
                httpStatus?: number;
                /** @description The payload; its shape depends on the method. */
                data?: unknown;
                errors?: components["schemas"]["ApiError"][] | components["schemas"]["ApiError"];
                errorMessage?: string | null;
                /** @description Only on the 2016 authentication-failure shape. */
                link?: string;
            };
        };
        FilterScalar: string | number | boolean;
        /** @description Operators take one value; `NULL`, `NOT_NULL`, `TRUE`, `FALSE` take `1`. */
        FilterOperators: {
            NOT_EQUAL_TO?: components["schemas"]["FilterScalar"];
            LESS_THAN?: components["schemas"]["FilterScalar"];
            LESS_THAN_OR_EQUAL_TO?: components["schemas"]["FilterScalar"];
            GREATER_THAN?: components["schemas"]["FilterScalar"];
            GREATER_THAN_OR_EQUAL_TO?: components["schemas"]["FilterScalar"];
            LIKE?: components["schemas"]["FilterScalar"];
            NOT_LIKE?: components["schemas"]["FilterScalar"];
            NULL?: components["schemas"]["FilterScalar"];
            NOT_NULL?: components["schemas"]["FilterScalar"];
            TRUE?: components["schemas"]["FilterScalar"];
            FALSE?: components["schemas"]["FilterScalar"];
        };
        /** @description Equality (`filters[f]=v`), one of (`filters[f][]=a&filters[f][]=b`) or operators (`filters[f][GREATER_THAN]=5`). */
        FilterCondition: components["schemas"]["FilterScalar"] | components["schemas"]["FilterScalar"][] | components["schemas"]["FilterOperators"];
        FilterGroup: {
            [key: string]: components["schemas"]["FilterCondition"];
        };
        /** @description Model filters, AND-ed; the conditions under `OR` are OR-ed (`filters[OR][f]=v`). */
        Filters: {
            OR?: components["schemas"]["FilterGroup"];
        } & {
            [key: string]: components["schemas"]["FilterCondition"];
        };
        /** @description `sort[Model.field]=asc|desc`, applied in order. */
        Sort: {
            [key: string]: "asc" | "desc";
        };
        ReportFilterCondition: {
            /** @enum {string} */
            conditional: "EQUAL_TO" | "NOT_EQUAL_TO" | "LESS_THAN" | "LESS_THAN_OR_EQUAL_TO" | "GREATER_THAN" | "GREATER_THAN_OR_EQUAL_TO" | "BETWEEN" | "LIKE" | "NOT_LIKE" | "NULL" | "NOT_NULL";
            /** @description `BETWEEN` takes two (inclusive); `NULL`/`NOT_NULL` none. */
            values?: components["schemas"]["FilterScalar"] | components["schemas"]["FilterScalar"][];
        };
        /** @description Report filters on qualified fields: `filters[Stat.date][conditional]=BETWEEN&filters[Stat.date][values][]=…`. */
        ReportFilters: {
            [key: string]: components["schemas"]["ReportFilterCondition"];
        };
        /** @description Paging wrapper of `findAll` with `limit` (and of some other finders). Numbers, unlike the rows. */
        PageMeta: {
            page?: number;
            /** @description Meaning unclear (0 on page 1). */
            current?: number;
            /** @description Total rows matching. */
            count?: number;
            pageCount?: number;
        };
        /** @description A related object named in `contain`: to-many relations are objects keyed by id (by code for `Country`) or `[]` when empty; to-one relations a flat object; `CreativeCode` a string. */
        RelatedValue: unknown;
        /** @description An advertiser account. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        Advertiser: {
            /** @description integer, sent as a string */
            account_manager_id?: string | null;
            address1?: string | null;
            address2?: string | null;
            city?: string | null;
            company?: string | null;
            conversion_security_token?: string | null;
            country?: string | null;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly date_added?: string;
            fax?: string | null;
            /** @description integer, sent as a string */
            readonly id?: string;
            /** @description datetime; this target's own finders send it as an epoch integer (`-62169966000` = never), embedded copies as `YYYY-MM-DD HH:MM:SS` */
            readonly modified?: string | number;
            readonly other?: string | null;
            phone?: string | null;
            ref_id?: string | null;
            region?: string | null;
            signup_ip?: string | null;
            /**
             * @description default `pending`
             * @enum {string}
             */
            status?: "pending" | "active" | "blocked" | "deleted" | "rejected";
            tmp_token?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string */
            readonly wants_alerts?: string;
            readonly website?: string | null;
            zipcode?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            SHARED_Network_Map_id?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            SHARED_Accounts_id?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            AFFILIATE_NETWORK_Brands_id?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            _NETWORK_affiliate_id?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            _NETWORK_affiliate_status?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            _NETWORK_brand_active?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            expose_subs?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The writable fields of Advertiser (`data[field]=value`). */
        AdvertiserData: {
            account_manager_id?: components["schemas"]["WireValue"];
            address1?: components["schemas"]["WireValue"];
            address2?: components["schemas"]["WireValue"];
            city?: components["schemas"]["WireValue"];
            company?: components["schemas"]["WireValue"];
            conversion_security_token?: components["schemas"]["WireValue"];
            country?: components["schemas"]["WireValue"];
            fax?: components["schemas"]["WireValue"];
            phone?: components["schemas"]["WireValue"];
            ref_id?: components["schemas"]["WireValue"];
            region?: components["schemas"]["WireValue"];
            signup_ip?: components["schemas"]["WireValue"];
            /** @enum {string} */
            status?: "pending" | "active" | "blocked" | "deleted" | "rejected";
            tmp_token?: components["schemas"]["WireValue"];
            zipcode?: components["schemas"]["WireValue"];
            expose_subs?: components["schemas"]["WireValue"];
        };
        /** @description An affiliate (publisher) account. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        Affiliate: {
            /** @description integer, sent as a string */
            account_manager_id?: string | null;
            address1?: string | null;
            address2?: string | null;
            /** @description integer, sent as a string */
            affiliate_tier_id?: string | null;
            city?: string | null;
            company?: string;
            country?: string | null;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly date_added?: string;
            fax?: string | null;
            /** @description integer, sent as a string */
            fraud_activity_alert_threshold?: string | null;
            /** @description integer, sent as a string */
            fraud_activity_block_threshold?: string | null;
            /** @description integer, sent as a string */
            readonly fraud_activity_score?: string | null;
            /** @description integer, sent as a string */
            fraud_profile_alert_threshold?: string | null;
            /** @description integer, sent as a string */
            fraud_profile_block_threshold?: string | null;
            /** @description integer, sent as a string */
            readonly fraud_profile_score?: string | null;
            /** @description integer, sent as a string */
            readonly id?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly modified?: string;
            readonly method_data?: string | null;
            readonly other?: string | null;
            /** @enum {string} */
            payment_method?: "wire" | "check" | "paypal" | "other" | "direct_deposit" | "payoneer" | "payquicker";
            /** @enum {string} */
            payment_terms?: "net 7" | "net 15" | "net 30" | "net 60" | "net 90" | "invoice" | "other";
            phone?: string | null;
            ref_id?: string | null;
            /** @description integer, sent as a string */
            referral_id?: string | null;
            region?: string | null;
            signup_ip?: string | null;
            /**
             * @description default `pending`
             * @enum {string}
             */
            status?: "pending" | "active" | "blocked" | "deleted" | "rejected";
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            w9_filed?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string */
            readonly wants_alerts?: string;
            readonly website?: string | null;
            zipcode?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            fraud_risk_tier?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            scrub_offer_pixels?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The writable fields of Affiliate (`data[field]=value`). */
        AffiliateData: {
            account_manager_id?: components["schemas"]["WireValue"];
            address1?: components["schemas"]["WireValue"];
            address2?: components["schemas"]["WireValue"];
            affiliate_tier_id?: components["schemas"]["WireValue"];
            city?: components["schemas"]["WireValue"];
            company?: components["schemas"]["WireValue"];
            country?: components["schemas"]["WireValue"];
            fax?: components["schemas"]["WireValue"];
            fraud_activity_alert_threshold?: components["schemas"]["WireValue"];
            fraud_activity_block_threshold?: components["schemas"]["WireValue"];
            fraud_profile_alert_threshold?: components["schemas"]["WireValue"];
            fraud_profile_block_threshold?: components["schemas"]["WireValue"];
            /** @enum {string} */
            payment_method?: "wire" | "check" | "paypal" | "other" | "direct_deposit" | "payoneer" | "payquicker";
            /** @enum {string} */
            payment_terms?: "net 7" | "net 15" | "net 30" | "net 60" | "net 90" | "invoice" | "other";
            phone?: components["schemas"]["WireValue"];
            ref_id?: components["schemas"]["WireValue"];
            referral_id?: components["schemas"]["WireValue"];
            region?: components["schemas"]["WireValue"];
            signup_ip?: components["schemas"]["WireValue"];
            /** @enum {string} */
            status?: "pending" | "active" | "blocked" | "deleted" | "rejected";
            w9_filed?: components["schemas"]["WireValue"];
            zipcode?: components["schemas"]["WireValue"];
            fraud_risk_tier?: components["schemas"]["WireValue"];
            scrub_offer_pixels?: components["schemas"]["WireValue"];
        };
        /** @description A login of an affiliate account. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        AffiliateUser: {
            readonly access?: unknown[];
            /** @description integer, sent as a string */
            affiliate_id?: string;
            cell_phone?: string | null;
            email?: string;
            first_name?: string | null;
            /** @description integer, sent as a string */
            readonly id?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly join_date?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly last_login?: string | null;
            last_name?: string | null;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly modified?: string;
            password?: string;
            password_confirmation?: string;
            /** @description integer, sent as a string */
            readonly permissions?: string;
            phone?: string | null;
            /**
             * @description default `active`
             * @enum {string}
             */
            status?: "active" | "blocked" | "deleted";
            title?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string */
            readonly wants_alerts?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            user_id?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            SHARED_Users2_id?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            readonly salt?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            AFFILIATE_NETWORK_Brands_id?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            _NETWORK_employees_id?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            is_creator?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description The writable fields of AffiliateUser (`data[field]=value`). */
        AffiliateUserData: {
            affiliate_id?: components["schemas"]["WireValue"];
            cell_phone?: components["schemas"]["WireValue"];
            email?: components["schemas"]["WireValue"];
            first_name?: components["schemas"]["WireValue"];
            last_name?: components["schemas"]["WireValue"];
            password?: components["schemas"]["WireValue"];
            password_confirmation?: components["schemas"]["WireValue"];
            phone?: components["schemas"]["WireValue"];
            /** @enum {string} */
            status?: "active" | "blocked" | "deleted";
            title?: components["schemas"]["WireValue"];
            user_id?: components["schemas"]["WireValue"];
            is_creator?: components["schemas"]["WireValue"];
        };
        /** @description An affiliate's approval record for one offer. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        AffiliateOffer: {
            /** @description integer, sent as a string */
            affiliate_id?: string;
            /** @description date, sent as a string */
            agreed_terms_and_conditions?: string | null;
            approval_notes?: string | null;
            /** @enum {string|null} */
            approval_status?: "pending" | "approved" | "rejected" | null;
            /** @description integer, sent as a string */
            hostname_id?: string | null;
            /** @description integer, sent as a string */
            readonly id?: string;
            /** @description integer, sent as a string */
            offer_id?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            _NETWORK_offer_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description A conversion (lead, sale, install). Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        Conversion: {
            /** @description integer, sent as a string; default `0` */
            ad_campaign_creative_id?: string;
            /** @description integer, sent as a string; default `0` */
            ad_campaign_id?: string;
            ad_id?: string | null;
            /** @description integer, sent as a string; default `0` */
            advertiser_id?: string;
            advertiser_info?: string | null;
            /** @description integer, sent as a string; default `0` */
            advertiser_manager_id?: string;
            /** @description integer, sent as a string; default `0` */
            affiliate_id?: string;
            affiliate_info1?: string | null;
            affiliate_info2?: string | null;
            affiliate_info3?: string | null;
            affiliate_info4?: string | null;
            affiliate_info5?: string | null;
            /** @description integer, sent as a string; default `0` */
            affiliate_manager_id?: string;
            /** @description integer, sent as a string; default `0` */
            browser_id?: string;
            country_code?: string | null;
            /** @description integer, sent as a string; default `0` */
            creative_url_id?: string;
            currency?: string | null;
            /** @description integer, sent as a string; default `0` */
            customer_id?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            datetime?: string;
            /** @description integer, sent as a string; default `0` */
            goal_id?: string;
            /** @description integer, sent as a string */
            readonly id?: string;
            internal_ad_id?: string | null;
            ip?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            is_adjustment?: string | null;
            /** @description integer, sent as a string; default `0` */
            offer_file_id?: string;
            /** @description integer, sent as a string; default `0` */
            offer_id?: string;
            /** @description decimal, sent as a string */
            payout?: string;
            /**
             * @description default `cpa_flat`
             * @enum {string}
             */
            payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm";
            pixel_refer?: string | null;
            refer?: string | null;
            /** @description decimal, sent as a string */
            revenue?: string;
            /**
             * @description default `cpa_flat`
             * @enum {string}
             */
            revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm";
            /** @description decimal, sent as a string */
            sale_amount?: string | null;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            session_datetime?: string | null;
            session_ip?: string | null;
            source?: string | null;
            /**
             * @description default `approved`
             * @enum {string}
             */
            status?: "approved" | "pending" | "rejected";
            /** @description integer, sent as a string; default `0` */
            status_code?: string;
            user_agent?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The writable fields of Conversion (`data[field]=value`). */
        ConversionData: {
            ad_campaign_creative_id?: components["schemas"]["WireValue"];
            ad_campaign_id?: components["schemas"]["WireValue"];
            ad_id?: components["schemas"]["WireValue"];
            advertiser_id?: components["schemas"]["WireValue"];
            advertiser_info?: components["schemas"]["WireValue"];
            advertiser_manager_id?: components["schemas"]["WireValue"];
            affiliate_id?: components["schemas"]["WireValue"];
            affiliate_info1?: components["schemas"]["WireValue"];
            affiliate_info2?: components["schemas"]["WireValue"];
            affiliate_info3?: components["schemas"]["WireValue"];
            affiliate_info4?: components["schemas"]["WireValue"];
            affiliate_info5?: components["schemas"]["WireValue"];
            affiliate_manager_id?: components["schemas"]["WireValue"];
            browser_id?: components["schemas"]["WireValue"];
            country_code?: components["schemas"]["WireValue"];
            creative_url_id?: components["schemas"]["WireValue"];
            currency?: components["schemas"]["WireValue"];
            customer_id?: components["schemas"]["WireValue"];
            datetime?: components["schemas"]["WireValue"];
            goal_id?: components["schemas"]["WireValue"];
            internal_ad_id?: components["schemas"]["WireValue"];
            ip?: components["schemas"]["WireValue"];
            is_adjustment?: components["schemas"]["WireValue"];
            offer_file_id?: components["schemas"]["WireValue"];
            offer_id?: components["schemas"]["WireValue"];
            payout?: components["schemas"]["WireValue"];
            /** @enum {string} */
            payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm";
            pixel_refer?: components["schemas"]["WireValue"];
            refer?: components["schemas"]["WireValue"];
            revenue?: components["schemas"]["WireValue"];
            /** @enum {string} */
            revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm";
            sale_amount?: components["schemas"]["WireValue"];
            session_datetime?: components["schemas"]["WireValue"];
            session_ip?: components["schemas"]["WireValue"];
            source?: components["schemas"]["WireValue"];
            /** @enum {string} */
            status?: "approved" | "pending" | "rejected";
            status_code?: components["schemas"]["WireValue"];
            user_agent?: components["schemas"]["WireValue"];
        };
        /** @description A country; `regions` lists its regions when asked for. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        Country: {
            readonly code?: string;
            /** @description integer, sent as a string */
            readonly id?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string */
            readonly is_active?: string | null;
            readonly name?: string;
            readonly paypal_code?: string | null;
            readonly regions?: unknown[] | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            code3c?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A network employee (account manager). Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        Employee: {
            readonly access?: unknown[];
            aim?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            billing_user?: string;
            cell_phone?: string | null;
            email?: string;
            first_name?: string | null;
            /** @description integer, sent as a string */
            readonly id?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly join_date?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly last_login?: string | null;
            last_name?: string | null;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly modified?: string;
            password?: string;
            password_confirmation?: string;
            /** @description integer, sent as a string */
            readonly permissions?: string;
            phone?: string | null;
            photo?: string;
            /**
             * @description default `active`
             * @enum {string}
             */
            status?: "active" | "deleted";
            title?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string */
            readonly wants_alerts?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A goal (an extra conversion point) of an offer. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        Goal: {
            /** @description integer, sent as a string */
            advertiser_id?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            allow_multiple_conversions?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            approve_conversions?: string;
            /** @description decimal, sent as a string; default `0` */
            default_payout?: string;
            description?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            display_advertiser?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string */
            enforce_encrypt_tracking_pixels?: string;
            /** @description integer, sent as a string */
            id?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            is_end_point?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            is_private?: string;
            /** @description decimal, sent as a string; default `0` */
            max_payout?: string;
            /** @description decimal, sent as a string */
            max_percent_payout?: string | null;
            /** @description datetime; this target's own finders send it as an epoch integer (`-62169966000` = never), embedded copies as `YYYY-MM-DD HH:MM:SS` */
            readonly modified?: string | number;
            name?: string;
            /** @description integer, sent as a string */
            offer_id?: string;
            /**
             * @description default `cpa_flat`
             * @enum {string}
             */
            payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both";
            /** @description decimal, sent as a string */
            percent_payout?: string | null;
            /**
             * @description default `http`
             * @enum {string}
             */
            protocol?: "http" | "https" | "http_img" | "https_img" | "server" | "server_affiliate" | "mobile_app" | "mobile_device";
            ref_id?: string | null;
            /**
             * @description default `cpa_flat`
             * @enum {string}
             */
            revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both";
            /**
             * @description default `active`
             * @enum {string}
             */
            status?: "active" | "deleted";
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            tiered_payout?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            tiered_revenue?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            use_payout_groups?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            use_revenue_groups?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            network_brand_id?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            network_goal_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The writable fields of Goal (`data[field]=value`). */
        GoalData: {
            advertiser_id?: components["schemas"]["WireValue"];
            allow_multiple_conversions?: components["schemas"]["WireValue"];
            approve_conversions?: components["schemas"]["WireValue"];
            default_payout?: components["schemas"]["WireValue"];
            description?: components["schemas"]["WireValue"];
            display_advertiser?: components["schemas"]["WireValue"];
            enforce_encrypt_tracking_pixels?: components["schemas"]["WireValue"];
            id?: components["schemas"]["WireValue"];
            is_end_point?: components["schemas"]["WireValue"];
            is_private?: components["schemas"]["WireValue"];
            max_payout?: components["schemas"]["WireValue"];
            max_percent_payout?: components["schemas"]["WireValue"];
            name?: components["schemas"]["WireValue"];
            offer_id?: components["schemas"]["WireValue"];
            /** @enum {string} */
            payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both";
            percent_payout?: components["schemas"]["WireValue"];
            /** @enum {string} */
            protocol?: "http" | "https" | "http_img" | "https_img" | "server" | "server_affiliate" | "mobile_app" | "mobile_device";
            ref_id?: components["schemas"]["WireValue"];
            /** @enum {string} */
            revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both";
            /** @enum {string} */
            status?: "active" | "deleted";
            tiered_payout?: components["schemas"]["WireValue"];
            tiered_revenue?: components["schemas"]["WireValue"];
            use_payout_groups?: components["schemas"]["WireValue"];
            use_revenue_groups?: components["schemas"]["WireValue"];
            network_brand_id?: components["schemas"]["WireValue"];
            network_goal_id?: components["schemas"]["WireValue"];
        };
        /** @description A browser / device class. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        Browser: {
            /** @description integer, sent as a string */
            readonly bit_pos?: string;
            /** @enum {string} */
            readonly class?: "desktop" | "mobile";
            /** @enum {string} */
            readonly group?: "Desktop" | "Fully Web Capable" | "Partially Web Capable" | "WAP Only";
            /**
             * @description integer, sent as a string
             * @enum {string}
             */
            readonly group_id?: "1" | "2" | "3" | "4";
            /** @description integer, sent as a string */
            readonly id?: string;
            readonly name?: string;
            readonly note?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description A tracking hostname. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        Hostname: {
            /** @description integer, sent as a string */
            readonly brand_id?: string;
            domain?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string */
            has_ssl?: string;
            /** @description integer, sent as a string */
            readonly id?: string;
            jump_redirect?: string | null;
            /** @enum {string} */
            status?: "active" | "deleted";
            /** @enum {string} */
            type?: "jump";
        } & {
            [key: string]: unknown;
        };
        /** @description An offer. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        Offer: {
            /** @description integer, sent as a string */
            advertiser_id?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            allow_direct_links?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            allow_multiple_conversions?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            allow_website_links?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string */
            approve_conversions?: string | null;
            click_macro_url?: string | null;
            /** @description integer, sent as a string; default `0` */
            conversion_cap?: string;
            /** @description integer, sent as a string */
            conversion_ratio_threshold?: string | null;
            /** @description integer, sent as a string */
            converted_offer_id?: string | null;
            /** @enum {string|null} */
            converted_offer_type?: "" | "network" | "url" | null;
            converted_offer_url?: string | null;
            currency?: string | null;
            /** @description integer, sent as a string */
            customer_list_id?: string | null;
            default_goal_name?: string | null;
            /** @description decimal, sent as a string; default `0` */
            default_payout?: string;
            description?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            disable_click_macro?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            display_advertiser?: string;
            readonly dne_download_url?: string | null;
            /** @description integer, sent as a string */
            dne_list_id?: string | null;
            readonly dne_unsubscribe_url?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            email_instructions?: string;
            email_instructions_from?: string | null;
            email_instructions_subject?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            enable_offer_whitelist?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `1` */
            enforce_encrypt_tracking_pixels?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            enforce_geo_targeting?: string;
            /** @description date, sent as a string */
            expiration_date?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            featured?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            has_goals_enabled?: string;
            /** @description integer, sent as a string */
            hostname_id?: string | null;
            /** @description integer, sent as a string */
            readonly id?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string */
            readonly is_expired?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            is_private?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            is_seo_friendly_301?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            is_subscription?: string;
            /** @description decimal, sent as a string; default `0` */
            max_payout?: string;
            /** @description decimal, sent as a string */
            max_percent_payout?: string | null;
            /** @description datetime; this target's own finders send it as an epoch integer (`-62169966000` = never), embedded copies as `YYYY-MM-DD HH:MM:SS` */
            readonly modified?: string | number;
            /** @description integer, sent as a string; default `0` */
            monthly_conversion_cap?: string;
            /** @description decimal, sent as a string; default `0` */
            monthly_payout_cap?: string;
            /** @description decimal, sent as a string; default `0` */
            monthly_revenue_cap?: string;
            name?: string;
            note?: string;
            offer_url?: string;
            /** @description decimal, sent as a string; default `0` */
            payout_cap?: string;
            /**
             * @description default `cpa_flat`
             * @enum {string}
             */
            payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm";
            /** @description decimal, sent as a string */
            percent_payout?: string | null;
            preview_url?: string;
            /**
             * @description default `http`
             * @enum {string}
             */
            protocol?: "http" | "https" | "http_img" | "https_img" | "server" | "server_affiliate" | "mobile_app" | "mobile_device" | "pay_per_call";
            /** @description integer, sent as a string */
            readonly rating?: string | null;
            /** @description integer, sent as a string */
            redirect_offer_id?: string | null;
            ref_id?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            require_approval?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            require_terms_and_conditions?: string | number;
            /** @description decimal, sent as a string; default `0` */
            revenue_cap?: string;
            /**
             * @description default `cpa_flat`
             * @enum {string}
             */
            revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm";
            /** @description integer, sent as a string; default `24` */
            session_hours?: string;
            /** @description integer, sent as a string; default `24` */
            session_impression_hours?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            set_session_on_impression?: string | number;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            show_custom_variables?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            show_mail_list?: string;
            /**
             * @description default `pending`
             * @enum {string}
             */
            status?: "active" | "paused" | "pending" | "expired" | "deleted";
            /** @description integer, sent as a string */
            subscription_duration?: string | null;
            /** @enum {string|null} */
            subscription_frequency?: "daily" | "weekly" | "monthly" | "annually" | null;
            /** @description integer, sent as a string; default `0` */
            target_browsers?: string;
            terms_and_conditions?: string | null;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            tiered_payout?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            tiered_revenue?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            use_payout_groups?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            use_revenue_groups?: string;
            /** @description boolean flag (`"0"`/`"1"`), sent as a string; default `0` */
            use_target_rules?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            enforce_secure_tracking_link?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            website_links_copy_static_params?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            readonly create_date_utc?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            lifetime_revenue_cap?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            lifetime_conversion_cap?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            lifetime_payout_cap?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            dne_third_party_list?: boolean;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            default_scrub?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            is_country_primary?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            cookie_hours?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            session_cookieless_minutes?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The writable fields of Offer (`data[field]=value`). */
        OfferData: {
            advertiser_id?: components["schemas"]["WireValue"];
            allow_direct_links?: components["schemas"]["WireValue"];
            allow_multiple_conversions?: components["schemas"]["WireValue"];
            allow_website_links?: components["schemas"]["WireValue"];
            approve_conversions?: components["schemas"]["WireValue"];
            click_macro_url?: components["schemas"]["WireValue"];
            conversion_cap?: components["schemas"]["WireValue"];
            conversion_ratio_threshold?: components["schemas"]["WireValue"];
            converted_offer_id?: components["schemas"]["WireValue"];
            /** @enum {string} */
            converted_offer_type?: "" | "network" | "url";
            converted_offer_url?: components["schemas"]["WireValue"];
            currency?: components["schemas"]["WireValue"];
            customer_list_id?: components["schemas"]["WireValue"];
            default_goal_name?: components["schemas"]["WireValue"];
            default_payout?: components["schemas"]["WireValue"];
            description?: components["schemas"]["WireValue"];
            disable_click_macro?: components["schemas"]["WireValue"];
            display_advertiser?: components["schemas"]["WireValue"];
            dne_list_id?: components["schemas"]["WireValue"];
            email_instructions?: components["schemas"]["WireValue"];
            email_instructions_from?: components["schemas"]["WireValue"];
            email_instructions_subject?: components["schemas"]["WireValue"];
            enable_offer_whitelist?: components["schemas"]["WireValue"];
            enforce_encrypt_tracking_pixels?: components["schemas"]["WireValue"];
            enforce_geo_targeting?: components["schemas"]["WireValue"];
            expiration_date?: components["schemas"]["WireValue"];
            featured?: components["schemas"]["WireValue"];
            has_goals_enabled?: components["schemas"]["WireValue"];
            hostname_id?: components["schemas"]["WireValue"];
            is_private?: components["schemas"]["WireValue"];
            is_seo_friendly_301?: components["schemas"]["WireValue"];
            is_subscription?: components["schemas"]["WireValue"];
            max_payout?: components["schemas"]["WireValue"];
            max_percent_payout?: components["schemas"]["WireValue"];
            monthly_conversion_cap?: components["schemas"]["WireValue"];
            monthly_payout_cap?: components["schemas"]["WireValue"];
            monthly_revenue_cap?: components["schemas"]["WireValue"];
            name?: components["schemas"]["WireValue"];
            note?: components["schemas"]["WireValue"];
            offer_url?: components["schemas"]["WireValue"];
            payout_cap?: components["schemas"]["WireValue"];
            /** @enum {string} */
            payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm";
            percent_payout?: components["schemas"]["WireValue"];
            preview_url?: components["schemas"]["WireValue"];
            /** @enum {string} */
            protocol?: "http" | "https" | "http_img" | "https_img" | "server" | "server_affiliate" | "mobile_app" | "mobile_device" | "pay_per_call";
            redirect_offer_id?: components["schemas"]["WireValue"];
            ref_id?: components["schemas"]["WireValue"];
            require_approval?: components["schemas"]["WireValue"];
            require_terms_and_conditions?: components["schemas"]["WireValue"];
            revenue_cap?: components["schemas"]["WireValue"];
            /** @enum {string} */
            revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm";
            session_hours?: components["schemas"]["WireValue"];
            session_impression_hours?: components["schemas"]["WireValue"];
            set_session_on_impression?: components["schemas"]["WireValue"];
            show_custom_variables?: components["schemas"]["WireValue"];
            show_mail_list?: components["schemas"]["WireValue"];
            /** @enum {string} */
            status?: "active" | "paused" | "pending" | "expired" | "deleted";
            subscription_duration?: components["schemas"]["WireValue"];
            /** @enum {string} */
            subscription_frequency?: "daily" | "weekly" | "monthly" | "annually";
            target_browsers?: components["schemas"]["WireValue"];
            terms_and_conditions?: components["schemas"]["WireValue"];
            tiered_payout?: components["schemas"]["WireValue"];
            tiered_revenue?: components["schemas"]["WireValue"];
            use_payout_groups?: components["schemas"]["WireValue"];
            use_revenue_groups?: components["schemas"]["WireValue"];
            use_target_rules?: components["schemas"]["WireValue"];
            enforce_secure_tracking_link?: components["schemas"]["WireValue"];
            website_links_copy_static_params?: components["schemas"]["WireValue"];
            lifetime_revenue_cap?: components["schemas"]["WireValue"];
            lifetime_conversion_cap?: components["schemas"]["WireValue"];
            lifetime_payout_cap?: components["schemas"]["WireValue"];
            dne_third_party_list?: components["schemas"]["WireValue"];
            default_scrub?: components["schemas"]["WireValue"];
            is_country_primary?: components["schemas"]["WireValue"];
            cookie_hours?: components["schemas"]["WireValue"];
            session_cookieless_minutes?: components["schemas"]["WireValue"];
        };
        /** @description An offer category. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        OfferCategory: {
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly date_created?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly date_updated?: string;
            /** @description integer, sent as a string */
            readonly id?: string;
            name?: string;
            /**
             * @description default `active`
             * @enum {string}
             */
            status?: "active" | "deleted";
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            readonly offer_count?: number | string;
        } & {
            [key: string]: unknown;
        };
        /** @description The writable fields of OfferCategory (`data[field]=value`). */
        OfferCategoryData: {
            name?: components["schemas"]["WireValue"];
            /** @enum {string} */
            status?: "active" | "deleted";
        };
        /** @description A creative or thumbnail of an offer. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        OfferFile: {
            /** @description integer, sent as a string */
            account_id?: string | null;
            code?: string | null;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly created?: string;
            display?: string;
            filename?: string;
            flash_vars?: string | null;
            /** @description integer, sent as a string */
            height?: string | null;
            /** @description integer, sent as a string */
            readonly id?: string;
            /** @enum {string} */
            interface?: "network" | "affiliate" | "advertiser";
            /** @description boolean flag (`"0"`/`"1"`), sent as a string */
            readonly is_private?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly modified?: string;
            /** @description integer, sent as a string */
            offer_id?: string;
            /** @description integer, sent as a string */
            readonly size?: string;
            /** @enum {string} */
            status?: "active" | "pending" | "deleted";
            readonly thumbnail?: string | null;
            /** @enum {string} */
            type?: "file" | "image banner" | "flash banner" | "email creative" | "offer thumbnail" | "text ad" | "html ad" | "hidden" | "xml feed";
            readonly url?: string | null;
            /** @description integer, sent as a string */
            width?: string | null;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            readonly preview_uri?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The writable fields of OfferFile (`data[field]=value`). */
        OfferFileData: {
            account_id?: components["schemas"]["WireValue"];
            code?: components["schemas"]["WireValue"];
            display?: components["schemas"]["WireValue"];
            filename?: components["schemas"]["WireValue"];
            flash_vars?: components["schemas"]["WireValue"];
            height?: components["schemas"]["WireValue"];
            /** @enum {string} */
            interface?: "network" | "affiliate" | "advertiser";
            offer_id?: components["schemas"]["WireValue"];
            /** @enum {string} */
            status?: "active" | "pending" | "deleted";
            /** @enum {string} */
            type?: "file" | "image banner" | "flash banner" | "email creative" | "offer thumbnail" | "text ad" | "html ad" | "hidden" | "xml feed";
            width?: components["schemas"]["WireValue"];
        };
        /** @description An offer group. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        OfferGroup: {
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly date_created?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly date_updated?: string;
            /** @description integer, sent as a string */
            readonly id?: string;
            name?: string;
            /**
             * @description default `active`
             * @enum {string}
             */
            status?: "active" | "deleted";
        } & {
            [key: string]: unknown;
        };
        /** @description An extra landing-page URL of an offer. Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        OfferUrl: {
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly created?: string;
            /** @description integer, sent as a string */
            readonly id?: string;
            /** @description datetime (`YYYY-MM-DD HH:MM:SS`, network time zone), sent as a string */
            readonly modified?: string;
            name?: string;
            /** @description integer, sent as a string */
            offer_id?: string;
            offer_url?: string;
            preview_url?: string | null;
            /**
             * @description default `active`
             * @enum {string}
             */
            status?: "active" | "deleted";
        } & {
            [key: string]: unknown;
        };
        /** @description A tag that can be attached to offers, affiliates and advertisers (not in the 2015 catalog; fields from recorded answers). Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        Tag: {
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            readonly id?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            attribute?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            name?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            user_created?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            pi_visible?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            affiliate_applicable?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            offer_applicable?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            advertiser_applicable?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            active?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The writable fields of Tag (`data[field]=value`). */
        TagData: {
            attribute?: components["schemas"]["WireValue"];
            name?: components["schemas"]["WireValue"];
            user_created?: components["schemas"]["WireValue"];
            pi_visible?: components["schemas"]["WireValue"];
            affiliate_applicable?: components["schemas"]["WireValue"];
            offer_applicable?: components["schemas"]["WireValue"];
            advertiser_applicable?: components["schemas"]["WireValue"];
            active?: components["schemas"]["WireValue"];
        } & {
            [key: string]: components["schemas"]["WireValue"];
        };
        /** @description One tag attached to one offer, affiliate or advertiser (`OffersTags`, `AffiliatesTags`, `AdvertisersTags`). Wire values keep the API's types: almost everything is a string (ids, money, flags, dates). */
        TagRelation: {
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            readonly id?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            tag_id?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            offer_id?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            affiliate_id?: string;
            /** @description Seen in recorded answers; not in the 2015 catalog. */
            advertiser_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One Advertiser with the related objects asked for in `contain`, each under its relation name. */
        AdvertiserRecord: {
            Advertiser?: components["schemas"]["Advertiser"];
            /** @description To-one: the Employee, or null / `[]` when there is none. */
            AccountManager?: components["schemas"]["Employee"] | components["schemas"]["EmptyList"] | null;
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        AdvertiserKeyed: {
            [key: string]: components["schemas"]["AdvertiserRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        AdvertiserFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["AdvertiserKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["AdvertiserKeyed"] | components["schemas"]["EmptyList"];
        /** @description One Affiliate with the related objects asked for in `contain`, each under its relation name. */
        AffiliateRecord: {
            Affiliate?: components["schemas"]["Affiliate"];
            /** @description To-one: the Employee, or null / `[]` when there is none. */
            AccountManager?: components["schemas"]["Employee"] | components["schemas"]["EmptyList"] | null;
            /** @description To-many: AffiliateUser rows keyed by id (by code for countries), `[]` when there are none. */
            AffiliateUser?: {
                [key: string]: components["schemas"]["AffiliateUser"];
            } | components["schemas"]["EmptyList"];
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        AffiliateKeyed: {
            [key: string]: components["schemas"]["AffiliateRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        AffiliateFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["AffiliateKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["AffiliateKeyed"] | components["schemas"]["EmptyList"];
        /** @description One AffiliateUser with the related objects asked for in `contain`, each under its relation name. */
        AffiliateUserRecord: {
            AffiliateUser?: components["schemas"]["AffiliateUser"];
            /** @description To-one: the Affiliate, or null / `[]` when there is none. */
            Affiliate?: components["schemas"]["Affiliate"] | components["schemas"]["EmptyList"] | null;
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        AffiliateUserKeyed: {
            [key: string]: components["schemas"]["AffiliateUserRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        AffiliateUserFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["AffiliateUserKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["AffiliateUserKeyed"] | components["schemas"]["EmptyList"];
        /** @description One Conversion with the related objects asked for in `contain`, each under its relation name. */
        ConversionRecord: {
            Conversion?: components["schemas"]["Conversion"];
            /** @description To-one: the Advertiser, or null / `[]` when there is none. */
            Advertiser?: components["schemas"]["Advertiser"] | components["schemas"]["EmptyList"] | null;
            /** @description To-one: the Employee, or null / `[]` when there is none. */
            AdvertiserManager?: components["schemas"]["Employee"] | components["schemas"]["EmptyList"] | null;
            /** @description To-one: the Affiliate, or null / `[]` when there is none. */
            Affiliate?: components["schemas"]["Affiliate"] | components["schemas"]["EmptyList"] | null;
            /** @description To-one: the Employee, or null / `[]` when there is none. */
            AffiliateManager?: components["schemas"]["Employee"] | components["schemas"]["EmptyList"] | null;
            /** @description To-one: the Browser, or null / `[]` when there is none. */
            Browser?: components["schemas"]["Browser"] | components["schemas"]["EmptyList"] | null;
            /** @description To-one: the Country, or null / `[]` when there is none. */
            Country?: components["schemas"]["Country"] | components["schemas"]["EmptyList"] | null;
            /** @description To-one: the Goal, or null / `[]` when there is none. */
            Goal?: components["schemas"]["Goal"] | components["schemas"]["EmptyList"] | null;
            /** @description To-one: the Offer, or null / `[]` when there is none. */
            Offer?: components["schemas"]["Offer"] | components["schemas"]["EmptyList"] | null;
            /** @description To-one: the OfferFile, or null / `[]` when there is none. */
            OfferFile?: components["schemas"]["OfferFile"] | components["schemas"]["EmptyList"] | null;
            /** @description To-one: the OfferUrl, or null / `[]` when there is none. */
            OfferUrl?: components["schemas"]["OfferUrl"] | components["schemas"]["EmptyList"] | null;
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        ConversionKeyed: {
            [key: string]: components["schemas"]["ConversionRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        ConversionFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["ConversionKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["ConversionKeyed"] | components["schemas"]["EmptyList"];
        /** @description One Goal with the related objects asked for in `contain`, each under its relation name. */
        GoalRecord: {
            Goal?: components["schemas"]["Goal"];
            /** @description To-one: the Offer, or null / `[]` when there is none. */
            Offer?: components["schemas"]["Offer"] | components["schemas"]["EmptyList"] | null;
            /** @description To-one: the Advertiser, or null / `[]` when there is none. */
            Advertiser?: components["schemas"]["Advertiser"] | components["schemas"]["EmptyList"] | null;
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        GoalKeyed: {
            [key: string]: components["schemas"]["GoalRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        GoalFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["GoalKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["GoalKeyed"] | components["schemas"]["EmptyList"];
        /** @description One Offer with the related objects asked for in `contain`, each under its relation name. */
        OfferRecord: {
            Offer?: components["schemas"]["Offer"];
            /** @description To-one: the Advertiser, or null / `[]` when there is none. */
            Advertiser?: components["schemas"]["Advertiser"] | components["schemas"]["EmptyList"] | null;
            /** @description To-many: Browser rows keyed by id (by code for countries), `[]` when there are none. */
            Browser?: {
                [key: string]: components["schemas"]["Browser"];
            } | components["schemas"]["EmptyList"];
            /** @description To-many: Country rows keyed by id (by code for countries), `[]` when there are none. */
            Country?: {
                [key: string]: components["schemas"]["Country"];
            } | components["schemas"]["EmptyList"];
            /** @description To-many: Goal rows keyed by id (by code for countries), `[]` when there are none. */
            Goal?: {
                [key: string]: components["schemas"]["Goal"];
            } | components["schemas"]["EmptyList"];
            /** @description To-many: Hostname rows keyed by id (by code for countries), `[]` when there are none. */
            Hostname?: {
                [key: string]: components["schemas"]["Hostname"];
            } | components["schemas"]["EmptyList"];
            /** @description To-many: OfferCategory rows keyed by id (by code for countries), `[]` when there are none. */
            OfferCategory?: {
                [key: string]: components["schemas"]["OfferCategory"];
            } | components["schemas"]["EmptyList"];
            /** @description To-many: OfferGroup rows keyed by id (by code for countries), `[]` when there are none. */
            OfferGroup?: {
                [key: string]: components["schemas"]["OfferGroup"];
            } | components["schemas"]["EmptyList"];
            /** @description To-many: OfferUrl rows keyed by id (by code for countries), `[]` when there are none. */
            OfferUrl?: {
                [key: string]: components["schemas"]["OfferUrl"];
            } | components["schemas"]["EmptyList"];
            /** @description To-one: the OfferFile, or null / `[]` when there is none. */
            Thumbnail?: components["schemas"]["OfferFile"] | components["schemas"]["EmptyList"] | null;
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        OfferKeyed: {
            [key: string]: components["schemas"]["OfferRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        OfferFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["OfferKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["OfferKeyed"] | components["schemas"]["EmptyList"];
        /** @description One OfferFile with the related objects asked for in `contain`, each under its relation name. */
        OfferFileRecord: {
            OfferFile?: components["schemas"]["OfferFile"];
            /** @description To-one: the Offer, or null / `[]` when there is none. */
            Offer?: components["schemas"]["Offer"] | components["schemas"]["EmptyList"] | null;
            /** @description The creative's code (HTML or URL). */
            CreativeCode?: string;
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        OfferFileKeyed: {
            [key: string]: components["schemas"]["OfferFileRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        OfferFileFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["OfferFileKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["OfferFileKeyed"] | components["schemas"]["EmptyList"];
        /** @description One Tag with the related objects asked for in `contain`, each under its relation name. */
        TagRecord: {
            Tag?: components["schemas"]["Tag"];
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        TagKeyed: {
            [key: string]: components["schemas"]["TagRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        TagFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["TagKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["TagKeyed"] | components["schemas"]["EmptyList"];
        /** @description One OfferCategory with the related objects asked for in `contain`, each under its relation name. */
        OfferCategoryRecord: {
            OfferCategory?: components["schemas"]["OfferCategory"];
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        OfferCategoryKeyed: {
            [key: string]: components["schemas"]["OfferCategoryRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        OfferCategoryFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["OfferCategoryKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["OfferCategoryKeyed"] | components["schemas"]["EmptyList"];
        /** @description One AffiliateOffer with the related objects asked for in `contain`, each under its relation name. */
        AffiliateOfferRecord: {
            AffiliateOffer?: components["schemas"]["AffiliateOffer"];
            Affiliate?: components["schemas"]["Affiliate"];
            Offer?: components["schemas"]["Offer"];
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        AffiliateOfferKeyed: {
            [key: string]: components["schemas"]["AffiliateOfferRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        AffiliateOfferFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["AffiliateOfferKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["AffiliateOfferKeyed"] | components["schemas"]["EmptyList"];
        /** @description One OfferFile with the related objects asked for in `contain`, each under its relation name. */
        CreativeCodeFileRecord: {
            OfferFile?: components["schemas"]["OfferFile"];
            /** @description The creative's HTML/URL code for the affiliate. */
            CreativeCode?: string;
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Rows keyed by id, in the server's order. */
        CreativeCodeFileKeyed: {
            [key: string]: components["schemas"]["CreativeCodeFileRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        CreativeCodeFileFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["CreativeCodeFileKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["CreativeCodeFileKeyed"] | components["schemas"]["EmptyList"];
        /** @description One tag relation under its join-table name. */
        TagRelationRecord: {
            OffersTags?: components["schemas"]["TagRelation"];
            AffiliatesTags?: components["schemas"]["TagRelation"];
            AdvertisersTags?: components["schemas"]["TagRelation"];
        };
        /** @description Rows keyed by id, in the server's order. */
        TagRelationKeyed: {
            [key: string]: components["schemas"]["TagRelationRecord"];
        };
        /** @description With `limit`: the paging wrapper. Without it most targets answer with the rows keyed by id, no wrapper. `[]` when nothing matches. */
        TagRelationFindAllData: (components["schemas"]["PageMeta"] & {
            data: components["schemas"]["TagRelationKeyed"] | components["schemas"]["EmptyList"];
        }) | components["schemas"]["TagRelationKeyed"] | components["schemas"]["EmptyList"];
        CountryRecord: {
            Country?: components["schemas"]["Country"];
        } & {
            [key: string]: components["schemas"]["RelatedValue"];
        };
        /** @description Countries as a list of records, or keyed by code. */
        CountryList: components["schemas"]["CountryRecord"][] | {
            [key: string]: components["schemas"]["CountryRecord"] | components["schemas"]["Country"];
        };
        OfferCategoryList: components["schemas"]["OfferCategoryRecord"][];
        TrackingLink: {
            affiliate_id?: string;
            /** @description An integer here, unlike everywhere else. */
            offer_id?: number | string;
            /** @description With `options[tiny_url]=1`, a short link. */
            click_url?: string;
            impression_pixel?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One report row: the requested fields grouped by model, e.g. `{ "Stat": { "clicks": "12" }, "Offer": { "name": "…" } }`. */
        ReportRow: {
            [key: string]: {
                [key: string]: string | number | null;
            };
        };
        ReportData: {
            page?: number;
            current?: number;
            count?: number | null;
            pageCount?: number | null;
            data?: components["schemas"]["ReportRow"][] | components["schemas"]["EmptyList"];
            /** @description With `totals=1`: the sums, shaped like a row. */
            totals?: components["schemas"]["ReportRow"] | unknown[];
            dbSource?: string;
        } & {
            [key: string]: unknown;
        };
        RawLogDateDir: {
            /** @example Sep 9, 2016 */
            displayName?: string;
            /** @example 20160909 */
            dirName?: string;
        };
        RawLogFile: {
            /** @example Sep 9, 2016 - 09:00 am */
            displayName?: string;
            /** @description Unix seconds, as a string. */
            startTimestamp?: string;
            /** @example 20160909/clicks-1473411600-SlY9UO.zip */
            filename?: string;
        };
        RawLogDateDirs: {
            logType?: string;
            dateDirs?: components["schemas"]["RawLogDateDir"][];
        };
        RawLogFiles: {
            logType?: string;
            logDate?: string;
            fetchTime?: number;
            logFiles?: components["schemas"]["RawLogFile"][];
        };
        RawLogDownloadLink: {
            /** @description A presigned S3 URL, valid 8 hours. A secret: never log it. */
            link?: string;
        };
        /** @description Retention per log type. */
        RawLogExpirations: {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: {
        /** @description The object's id. */
        id: components["schemas"]["WireId"];
        /** @description Ids to fetch (`ids[]=1&ids[]=2`). */
        ids: components["schemas"]["WireId"][];
        /** @description Filters (`filters[field]…`). */
        filters: components["schemas"]["Filters"];
        /** @description Sort order (`sort[Offer.id]=desc`). */
        sort: components["schemas"]["Sort"];
        /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
        limit: number;
        /** @description Page number, from 1. */
        page: number;
        /** @description Fields to return (`fields[]=id&fields[]=name`). */
        fields: string[];
        /** @description Related objects to attach (`contain[]=Country`). */
        contain: string[];
        /** @description Return the object (default) or only its id / `true`. */
        return_object: boolean;
        /** @description The field to change. */
        field: string;
        /** @description Its new value. */
        value: components["schemas"]["WireValue"];
        /** @description Why (shown in the account's history). */
        reason: string;
        /** @description The affiliate's id. */
        affiliate_id: components["schemas"]["WireId"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Advertiser_findAll: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AdvertiserFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Advertiser_findAllByIds: {
        parameters: {
            query: {
                /** @description Ids to fetch (`ids[]=1&ids[]=2`). */
                ids: components["parameters"]["ids"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AdvertiserFindAllData"] | null;
                        };
                    };
                };
            };
        };
    };
    Advertiser_findById: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AdvertiserRecord"] | null;
                        };
                    };
                };
            };
        };
    };
    Advertiser_findAllIds: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["IdList"];
                        };
                    };
                };
            };
        };
    };
    Advertiser_create: {
        parameters: {
            query: {
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["AdvertiserData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AdvertiserRecord"] | (string | number);
                        };
                    };
                };
            };
        };
    };
    Advertiser_update: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["AdvertiserData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AdvertiserRecord"] | boolean;
                        };
                    };
                };
            };
        };
    };
    Advertiser_updateField: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The field to change. */
                field: components["parameters"]["field"];
                /** @description Its new value. */
                value: components["parameters"]["value"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AdvertiserRecord"] | (boolean | number | string);
                        };
                    };
                };
            };
        };
    };
    Advertiser_block: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description Why (shown in the account's history). */
                reason?: components["parameters"]["reason"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Affiliate_findAll: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Affiliate_findAllByIds: {
        parameters: {
            query: {
                /** @description Ids to fetch (`ids[]=1&ids[]=2`). */
                ids: components["parameters"]["ids"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateFindAllData"] | null;
                        };
                    };
                };
            };
        };
    };
    Affiliate_findById: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateRecord"] | null;
                        };
                    };
                };
            };
        };
    };
    Affiliate_findAllIds: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["IdList"];
                        };
                    };
                };
            };
        };
    };
    Affiliate_create: {
        parameters: {
            query: {
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["AffiliateData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateRecord"] | (string | number);
                        };
                    };
                };
            };
        };
    };
    Affiliate_update: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["AffiliateData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateRecord"] | boolean;
                        };
                    };
                };
            };
        };
    };
    Affiliate_updateField: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The field to change. */
                field: components["parameters"]["field"];
                /** @description Its new value. */
                value: components["parameters"]["value"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateRecord"] | (boolean | number | string);
                        };
                    };
                };
            };
        };
    };
    Affiliate_block: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description Why (shown in the account's history). */
                reason?: components["parameters"]["reason"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    AffiliateUser_findAll: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateUserFindAllData"];
                        };
                    };
                };
            };
        };
    };
    AffiliateUser_findAllByIds: {
        parameters: {
            query: {
                /** @description Ids to fetch (`ids[]=1&ids[]=2`). */
                ids: components["parameters"]["ids"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateUserFindAllData"] | null;
                        };
                    };
                };
            };
        };
    };
    AffiliateUser_findById: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateUserRecord"] | null;
                        };
                    };
                };
            };
        };
    };
    AffiliateUser_findAllIds: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["IdList"];
                        };
                    };
                };
            };
        };
    };
    AffiliateUser_create: {
        parameters: {
            query: {
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["AffiliateUserData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateUserRecord"] | (string | number);
                        };
                    };
                };
            };
        };
    };
    AffiliateUser_update: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["AffiliateUserData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateUserRecord"] | boolean;
                        };
                    };
                };
            };
        };
    };
    AffiliateUser_updateField: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The field to change. */
                field: components["parameters"]["field"];
                /** @description Its new value. */
                value: components["parameters"]["value"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateUserRecord"] | (boolean | number | string);
                        };
                    };
                };
            };
        };
    };
    Conversion_findAll: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["ConversionFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Conversion_findAllByIds: {
        parameters: {
            query: {
                /** @description Ids to fetch (`ids[]=1&ids[]=2`). */
                ids: components["parameters"]["ids"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["ConversionFindAllData"] | null;
                        };
                    };
                };
            };
        };
    };
    Conversion_findById: {
        parameters: {
            query?: {
                /** @description The conversion's id (or give `transaction_id`). */
                id?: components["schemas"]["WireId"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
                /** @description Find by transaction id instead. */
                transaction_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["ConversionRecord"] | null;
                        };
                    };
                };
            };
        };
    };
    Conversion_create: {
        parameters: {
            query: {
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["ConversionData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
                /** @description How many identical conversions to create. */
                number?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["ConversionRecord"] | (string | number);
                        };
                    };
                };
            };
        };
    };
    Conversion_update: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["ConversionData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["ConversionRecord"] | boolean;
                        };
                    };
                };
            };
        };
    };
    Conversion_updateField: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The field to change. */
                field: components["parameters"]["field"];
                /** @description Its new value. */
                value: components["parameters"]["value"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["ConversionRecord"] | (boolean | number | string);
                        };
                    };
                };
            };
        };
    };
    Conversion_updateStatus: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The new status. */
                status: "approved" | "pending" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Goal_findAll: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["GoalFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Goal_findAllByIds: {
        parameters: {
            query: {
                /** @description Ids to fetch (`ids[]=1&ids[]=2`). */
                ids: components["parameters"]["ids"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["GoalFindAllData"] | null;
                        };
                    };
                };
            };
        };
    };
    Goal_findById: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["GoalRecord"] | null;
                        };
                    };
                };
            };
        };
    };
    Goal_create: {
        parameters: {
            query: {
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["GoalData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["GoalRecord"] | (string | number);
                        };
                    };
                };
            };
        };
    };
    Goal_update: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["GoalData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["GoalRecord"] | boolean;
                        };
                    };
                };
            };
        };
    };
    Goal_updateField: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The field to change. */
                field: components["parameters"]["field"];
                /** @description Its new value. */
                value: components["parameters"]["value"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["GoalRecord"] | (boolean | number | string);
                        };
                    };
                };
            };
        };
    };
    Offer_findAll: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Offer_findAllByIds: {
        parameters: {
            query: {
                /** @description Ids to fetch (`ids[]=1&ids[]=2`). */
                ids: components["parameters"]["ids"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferFindAllData"] | null;
                        };
                    };
                };
            };
        };
    };
    Offer_findById: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferRecord"] | null;
                        };
                    };
                };
            };
        };
    };
    Offer_findAllIds: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["IdList"];
                        };
                    };
                };
            };
        };
    };
    Offer_create: {
        parameters: {
            query: {
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["OfferData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferRecord"] | (string | number);
                        };
                    };
                };
            };
        };
    };
    Offer_update: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["OfferData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferRecord"] | boolean;
                        };
                    };
                };
            };
        };
    };
    Offer_updateField: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The field to change. */
                field: components["parameters"]["field"];
                /** @description Its new value. */
                value: components["parameters"]["value"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferRecord"] | (boolean | number | string);
                        };
                    };
                };
            };
        };
    };
    Offer_getTargetCountries: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["CountryList"];
                        };
                    };
                };
            };
        };
    };
    Offer_addTargetCountry: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
                /** @description ISO 3166-1 alpha-2. */
                country_code: string;
                /** @description Region codes. */
                regions?: string[];
                /** @description One region code. */
                region_code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Offer_removeTargetCountry: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
                /** @description ISO 3166-1 alpha-2. */
                country_code: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Offer_setTargetCountries: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
                /** @description ISO 3166-1 alpha-2 codes. */
                country_codes: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Offer_getCategories: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferCategoryList"];
                        };
                    };
                };
            };
        };
    };
    Offer_addCategory: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
                /** @description The category. */
                category_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Offer_removeCategory: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
                /** @description The category. */
                category_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Offer_setCategories: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
                /** @description The categories. */
                category_ids: components["schemas"]["WireId"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Offer_blockAffiliate: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
                /** @description The affiliate's id. */
                affiliate_id: components["parameters"]["affiliate_id"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Offer_unblockAffiliate: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
                /** @description The affiliate's id. */
                affiliate_id: components["parameters"]["affiliate_id"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Offer_getBlockedAffiliateIds: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["IdList"];
                        };
                    };
                };
            };
        };
    };
    Offer_getApprovedAffiliateIds: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["IdList"];
                        };
                    };
                };
            };
        };
    };
    Offer_getUnapprovedAffiliateIds: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["IdList"];
                        };
                    };
                };
            };
        };
    };
    Offer_setAffiliateApproval: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
                /** @description The affiliate's id. */
                affiliate_id: components["parameters"]["affiliate_id"];
                /** @description The approval status. */
                status: "approved" | "pending" | "rejected";
                /** @description Notes. */
                notes?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: (boolean | number) | components["schemas"]["AffiliateOffer"];
                        };
                    };
                };
            };
        };
    };
    Offer_getAffiliateApprovalStatus: {
        parameters: {
            query: {
                /** @description The offer's id. */
                id: components["schemas"]["WireId"];
                /** @description The affiliate's id. */
                affiliate_id: components["parameters"]["affiliate_id"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            /** @example approved */
                            data?: string | null;
                        };
                    };
                };
            };
        };
    };
    Offer_findAllAffiliateApprovals: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateOfferFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Offer_findAllPendingAffiliateApprovals: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["AffiliateOfferFindAllData"] | null;
                        };
                    };
                };
            };
        };
    };
    Offer_getOfferFilesWithCreativeCode: {
        parameters: {
            query: {
                /** @description The offer. */
                offer_id: components["schemas"]["WireId"];
                /** @description The affiliate's id. */
                affiliate_id: components["parameters"]["affiliate_id"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["CreativeCodeFileFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Offer_generateTrackingLink: {
        parameters: {
            query: {
                /** @description The offer. */
                offer_id: components["schemas"]["WireId"];
                /** @description The affiliate's id. */
                affiliate_id: components["parameters"]["affiliate_id"];
                /** @description Extra link parameters (`params[file_id]=727`, `params[aff_sub]=…`). */
                params?: {
                    [key: string]: components["schemas"]["WireValue"];
                };
                /** @description `options[tiny_url]=1` shortens the click URL. */
                options?: {
                    tiny_url?: boolean;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TrackingLink"];
                        };
                    };
                };
            };
        };
    };
    OfferFile_findAll: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferFileFindAllData"];
                        };
                    };
                };
            };
        };
    };
    OfferFile_findAllByIds: {
        parameters: {
            query: {
                /** @description Ids to fetch (`ids[]=1&ids[]=2`). */
                ids: components["parameters"]["ids"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferFileFindAllData"] | null;
                        };
                    };
                };
            };
        };
    };
    OfferFile_findById: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferFileRecord"] | null;
                        };
                    };
                };
            };
        };
    };
    OfferFile_findAllIds: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["IdList"];
                        };
                    };
                };
            };
        };
    };
    OfferFile_create: {
        parameters: {
            query: {
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["OfferFileData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file, for file-based types (images, thumbnails, banners). */
        requestBody?: {
            content: {
                "multipart/form-data": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferFileRecord"] | (string | number);
                        };
                    };
                };
            };
        };
    };
    OfferFile_update: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["OfferFileData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferFileRecord"] | boolean;
                        };
                    };
                };
            };
        };
    };
    OfferFile_updateField: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The field to change. */
                field: components["parameters"]["field"];
                /** @description Its new value. */
                value: components["parameters"]["value"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferFileRecord"] | (boolean | number | string);
                        };
                    };
                };
            };
        };
    };
    Tag_findAll: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Tag_findAllByIds: {
        parameters: {
            query: {
                /** @description Ids to fetch (`ids[]=1&ids[]=2`). */
                ids: components["parameters"]["ids"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagFindAllData"] | null;
                        };
                    };
                };
            };
        };
    };
    Tag_findById: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Related objects to attach (`contain[]=Country`). */
                contain?: components["parameters"]["contain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagRecord"] | null;
                        };
                    };
                };
            };
        };
    };
    Tag_create: {
        parameters: {
            query: {
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["TagData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagRecord"] | (string | number);
                        };
                    };
                };
            };
        };
    };
    Tag_update: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["TagData"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagRecord"] | boolean;
                        };
                    };
                };
            };
        };
    };
    Tag_updateField: {
        parameters: {
            query: {
                /** @description The object's id. */
                id: components["parameters"]["id"];
                /** @description The field to change. */
                field: components["parameters"]["field"];
                /** @description Its new value. */
                value: components["parameters"]["value"];
                /** @description Return the object (default) or only its id / `true`. */
                return_object?: components["parameters"]["return_object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagRecord"] | (boolean | number | string);
                        };
                    };
                };
            };
        };
    };
    Tag_addToOffer: {
        parameters: {
            query: {
                /** @description The tag. */
                tag_id: components["schemas"]["WireId"];
                /** @description The offer. */
                offer_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagRelation"];
                        };
                    };
                };
            };
        };
    };
    Tag_removeFromOffer: {
        parameters: {
            query: {
                /** @description The tag. */
                tag_id: components["schemas"]["WireId"];
                /** @description The offer. */
                offer_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Tag_setForOffer: {
        parameters: {
            query: {
                /** @description The tags. */
                tag_ids: components["schemas"]["WireId"][];
                /** @description The offer. */
                offer_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Tag_removeFromOfferByRelationalId: {
        parameters: {
            query: {
                /** @description The relation's id. */
                id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Tag_findAllOfferTagRelations: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagRelationFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Tag_addToAffiliate: {
        parameters: {
            query: {
                /** @description The tag. */
                tag_id: components["schemas"]["WireId"];
                /** @description The affiliate. */
                affiliate_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagRelation"];
                        };
                    };
                };
            };
        };
    };
    Tag_removeFromAffiliate: {
        parameters: {
            query: {
                /** @description The tag. */
                tag_id: components["schemas"]["WireId"];
                /** @description The affiliate. */
                affiliate_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Tag_setForAffiliate: {
        parameters: {
            query: {
                /** @description The tags. */
                tag_ids: components["schemas"]["WireId"][];
                /** @description The affiliate. */
                affiliate_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Tag_removeFromAffiliateByRelationalId: {
        parameters: {
            query: {
                /** @description The relation's id. */
                id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Tag_findAllAffiliateTagRelations: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagRelationFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Tag_addToAdvertiser: {
        parameters: {
            query: {
                /** @description The tag. */
                tag_id: components["schemas"]["WireId"];
                /** @description The advertiser. */
                advertiser_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagRelation"];
                        };
                    };
                };
            };
        };
    };
    Tag_removeFromAdvertiser: {
        parameters: {
            query: {
                /** @description The tag. */
                tag_id: components["schemas"]["WireId"];
                /** @description The advertiser. */
                advertiser_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Tag_setForAdvertiser: {
        parameters: {
            query: {
                /** @description The tags. */
                tag_ids: components["schemas"]["WireId"][];
                /** @description The advertiser. */
                advertiser_id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Tag_removeFromAdvertiserByRelationalId: {
        parameters: {
            query: {
                /** @description The relation's id. */
                id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Tag_findAllAdvertiserTagRelations: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["TagRelationFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Application_findAllOfferCategories: {
        parameters: {
            query?: {
                /** @description Filters (`filters[field]…`). */
                filters?: components["parameters"]["filters"];
                /** @description Fields to return (`fields[]=id&fields[]=name`). */
                fields?: components["parameters"]["fields"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["OfferCategoryFindAllData"];
                        };
                    };
                };
            };
        };
    };
    Application_findAllOfferCategoryOfferIds: {
        parameters: {
            query: {
                /** @description The category. */
                id: components["schemas"]["WireId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["IdList"];
                        };
                    };
                };
            };
        };
    };
    Application_addOfferCategory: {
        parameters: {
            query: {
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["OfferCategoryData"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: string | number;
                        };
                    };
                };
            };
        };
    };
    Application_updateOfferCategory: {
        parameters: {
            query: {
                /** @description The category. */
                id: components["schemas"]["WireId"];
                /** @description The fields (`data[field]=value`). */
                data: components["schemas"]["OfferCategoryData"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: boolean;
                        };
                    };
                };
            };
        };
    };
    Application_findAllCountries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["CountryList"];
                        };
                    };
                };
            };
        };
    };
    Application_findCountryByCode: {
        parameters: {
            query: {
                /** @description ISO 3166-1 alpha-2. */
                code: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: (components["schemas"]["CountryRecord"] | components["schemas"]["Country"]) | null;
                        };
                    };
                };
            };
        };
    };
    Report_getStats: {
        parameters: {
            query: {
                /** @description Qualified fields (`Stat.clicks`, `Offer.name`); see the catalog's StatReport. */
                fields: string[];
                /** @description Group by these qualified fields. */
                groups?: string[];
                /** @description Report filters. */
                filters?: components["schemas"]["ReportFilters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Add a `totals` row. */
                totals?: boolean;
                /** @description First day (`YYYY-MM-DD`, network time zone). */
                data_start?: string;
                /** @description Last day, inclusive. */
                data_end?: string;
                /** @description Shift the time zone by hours. */
                hour_offset?: number;
                /** @description Report currency. */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["ReportData"];
                        };
                    };
                };
            };
        };
    };
    Report_getConversions: {
        parameters: {
            query: {
                /** @description Qualified fields (`Stat.clicks`, `Offer.name`); see the catalog's ConversionReport. */
                fields: string[];
                /** @description Group by these qualified fields. */
                groups?: string[];
                /** @description Report filters. */
                filters?: components["schemas"]["ReportFilters"];
                /** @description Sort order (`sort[Offer.id]=desc`). */
                sort?: components["parameters"]["sort"];
                /** @description Rows per page. Without it the API returns every row, mostly without the paging wrapper. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description Add a `totals` row. */
                totals?: boolean;
                /** @description First day (`YYYY-MM-DD`, network time zone). */
                data_start?: string;
                /** @description Last day, inclusive. */
                data_end?: string;
                /** @description Shift the time zone by hours. */
                hour_offset?: number;
                /** @description Compute `count`. */
                count?: boolean;
                /** @description Status-update fields. */
                status_update_fields?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["ReportData"];
                        };
                    };
                };
            };
        };
    };
    RawLog_listDateDirs: {
        parameters: {
            query: {
                /** @description The log. */
                log_type: "clicks" | "conversions" | "impressions";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["RawLogDateDirs"];
                        };
                    };
                };
            };
        };
    };
    RawLog_listLogs: {
        parameters: {
            query: {
                /** @description The log. */
                log_type: "clicks" | "conversions" | "impressions";
                /** @description The day, `YYYYMMDD`. */
                date_dir: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["RawLogFiles"];
                        };
                    };
                };
            };
        };
    };
    RawLog_getDownloadLink: {
        parameters: {
            query: {
                /** @description The log. */
                log_type: "clicks" | "conversions" | "impressions";
                /** @description The file, as listed. */
                log_filename: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["RawLogDownloadLink"];
                        };
                    };
                };
            };
        };
    };
    RawLog_getLogExpirations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope. Errors arrive with HTTP 200 too, as `response.status: -1`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        response?: {
                            data?: components["schemas"]["RawLogExpirations"];
                        };
                    };
                };
            };
        };
    };
}
