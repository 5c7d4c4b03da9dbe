export { parseXml, type ParseXmlOptions } from './parse.js';
export { attributeSpans, scanXml, type ScanXmlOptions, type XmlAttributeSpan, type XmlScanAttribute, type XmlScanHandler } from './scan.js';
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
