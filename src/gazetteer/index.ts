/** The public surface of src/gazetteer/: what other folders may import. */
export { type GeoNamesCity, type PackageInfo, buildGazetteerJson, buildGazetteerPlaces } from './build.ts';
export { decodeRegisterBytes, parseDestatisRegister, withRegister } from './destatis.ts';
export { createGazetteer } from './gazetteer.ts';
export { nrwGazetteer } from './nrw.ts';
export type { Gazetteer, Place } from './types.ts';
export { OWN_YOUTH_OFFICE_TOWNS, TABLE_YOUTH_OFFICE_COUNT } from './youth-offices.ts';
