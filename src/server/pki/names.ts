import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './algorithms.js';

/**
 * X.500 names with Chinese values. Every value except the country is a UTF8String (RFC 5280
 * §4.1.2.4 requires UTF8String for new certificates; PrintableString cannot hold Chinese, and
 * BMPString is legacy). The country is a two-letter PrintableString as the X.520 syntax demands.
 */
export interface DistinguishedName {
  /** CN — a person's name (张三) or the CA's name. */
  commonName: string;
  /** OU — a department (民事审判庭). */
  organizationalUnit?: string;
  /** O — the court (上海市青浦区人民法院). */
  organization?: string;
  /** L — city. */
  locality?: string;
  /** ST — province. */
  province?: string;
  /** C — ISO 3166 code, default CN. */
  country?: string;
}

const LABELS: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.organizationalUnitName]: 'OU',
  [OID.organizationName]: 'O',
  [OID.localityName]: 'L',
  [OID.stateOrProvinceName]: 'ST',
  [OID.countryName]: 'C',
  '1.2.840.113549.1.9.1': 'E',
  '2.5.4.5': 'SERIALNUMBER',
};

/** Encodes a name, most general first (C, ST, L, O, OU, CN) as X.509 orders RDNs. */
export function buildName(dn: DistinguishedName): pkijs.RelativeDistinguishedNames {
  const parts: Array<[string, asn1js.AsnType]> = [];
  parts.push([OID.countryName, new asn1js.PrintableString({ value: (dn.country ?? 'CN').toUpperCase() })]);
  if (dn.province) parts.push([OID.stateOrProvinceName, new asn1js.Utf8String({ value: dn.province })]);
  if (dn.locality) parts.push([OID.localityName, new asn1js.Utf8String({ value: dn.locality })]);
  if (dn.organization) parts.push([OID.organizationName, new asn1js.Utf8String({ value: dn.organization })]);
  if (dn.organizationalUnit) parts.push([OID.organizationalUnitName, new asn1js.Utf8String({ value: dn.organizationalUnit })]);
  parts.push([OID.commonName, new asn1js.Utf8String({ value: dn.commonName })]);
  // One attribute per RDN (SEQUENCE OF SET OF one AttributeTypeAndValue). pkijs would put all
  // attributes into a single multi-valued RDN ("C=CN + O=… + CN=…"), which is not what CAs issue
  // and which OpenSSL re-sorts, breaking signatures over the name.
  const der = new asn1js.Sequence({
    value: parts.map(
      ([type, value]) =>
        new asn1js.Set({ value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type }), value] })] }),
    ),
  }).toBER(false);
  return pkijs.RelativeDistinguishedNames.fromBER(der);
}

/**
 * A readable name in RFC 4514 order (most specific first) with Chinese left as is:
 * "CN=张三,OU=民事审判庭,O=上海市青浦区人民法院,C=CN".
 */
export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  return [...name.typesAndValues]
    .reverse()
    .map((tv) => `${LABELS[tv.type] ?? tv.type}=${escapeValue(attributeText(tv))}`)
    .join(',');
}

/** The first value of an attribute type (e.g. the CN), or null. */
export function nameAttribute(name: pkijs.RelativeDistinguishedNames, type: string): string | null {
  const tv = name.typesAndValues.find((t) => t.type === type);
  return tv ? attributeText(tv) : null;
}

function attributeText(tv: pkijs.AttributeTypeAndValue): string {
  const block = (tv.value as { valueBlock?: { value?: unknown } }).valueBlock;
  return typeof block?.value === 'string' ? block.value : '';
}

/** RFC 4514 §2.4 escaping of the characters that would break the string form. */
function escapeValue(value: string): string {
  return value.replace(/[,+"\\<>;=]/g, (c) => `\\${c}`).replace(/^[ #]|[ ]$/g, (c) => `\\${c}`);
}
