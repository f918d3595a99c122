/**
 * The media types of the admin lists' exports, apart from their writers so that the route table (the
 * OpenAPI document) names them without loading a CSV or workbook writer.
 */
export const csvMediaType = 'text/csv';
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
