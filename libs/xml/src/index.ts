export { parseXml, type ParseXmlOptions } from './parse.js';
export { scanXml, type ScanXmlOptions, type XmlScanAttribute, type XmlScanHandler } from './scan.js';
export { attributeSpans, type XmlAttributeSpan } from './attribute-spans.js';
export { XML_NAMESPACE, XMLNS_NAMESPACE } from './namespace-scope.js';
export { XmlErrorCode, XmlSyntaxError } from './errors.js';
export { escapeAttribute, escapeText, type EscapeTextOptions } from './escape.js';
export { LineIndex } from './line-index.js';
export type {
  XmlAttribute,
  XmlComment,
  XmlDocument,
  XmlElement,
  XmlNode,
  XmlPosition,
  XmlProcessingInstruction,
  XmlRange,
  XmlText,
} from './types.js';
