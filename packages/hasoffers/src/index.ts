export {
  AbortError,
  APIError,
  AuthenticationError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  OfferkitError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  type ValidationIssue,
} from "@offerkit/errors";
export type {
  BackoffOptions,
  CallOptions,
  Hooks,
  Logger,
  LogLevel,
  PacerOptions,
  RetryBudgetOptions,
} from "@offerkit/request-engine";
export { HasOffers, type HasOffersOptions } from "./client.js";
export { HasOffersError } from "./internal/errors.js";
export type {
  FilterCondition,
  FilterGroup,
  FilterOperators,
  Filters,
  FilterValue,
} from "./internal/filters.js";
export { orderedKeys, orderedValues } from "./internal/ordered-json.js";
export type { Page } from "./internal/page.js";
export type { RawLogTransport } from "./internal/raw-log-transport.js";
export type {
  ContainName,
  Relation,
  RelationKind,
  RelationMap,
  RelationValue,
  WithRelations,
} from "./internal/relations.js";
export type { Sort, SortKey } from "./internal/sort.js";
export type { FileInput } from "./internal/upload.js";
export type { DateDir, LogFile, RawLogListing } from "./raw-logs/listing.js";
export type { LogType } from "./raw-logs/validate.js";
export type { AdvertisersManager } from "./resources/advertisers.js";
export type {
  AffiliateApproval,
  ApprovalListOptions,
  ApprovalRelations,
} from "./resources/affiliate-approvals.js";
export type { AffiliateUsersManager } from "./resources/affiliate-users.js";
export type { AffiliatesManager, AffiliateWithUser } from "./resources/affiliates.js";
export type { ApplicationManager, OfferCategoryListOptions } from "./resources/application.js";
export type { ConversionStatus, ConversionsManager } from "./resources/conversions.js";
export type { CountriesManager } from "./resources/countries.js";
export type { OfferFileWithCode } from "./resources/creative-codes.js";
export type { GoalsManager } from "./resources/goals.js";
export type { ModelManager } from "./resources/model-manager.js";
export type * from "./resources/models.js";
export type { OfferFilesManager, OfferFileUpload } from "./resources/offer-files.js";
export type { ApprovalStatus, OffersManager } from "./resources/offers.js";
export type {
  CountOptions,
  FieldOf,
  FindAllOptions,
  FindOptions,
  Id,
  IterateOptions,
  PagingOptions,
  WriteOptions,
} from "./resources/options.js";
export type { RawLogListings } from "./resources/raw-log-listing.js";
export type { ReportFilter, ReportFilters, ReportOperator } from "./resources/report-filters.js";
export type {
  ConversionReportOptions,
  Paged,
  ReportOptions,
  ReportPage,
  ReportsManager,
  StatsOptions,
} from "./resources/reports.js";
export type { TagRelationListOptions, TagsManager } from "./resources/tags.js";
export type { TrackingLinkOptions } from "./resources/tracking-links.js";
