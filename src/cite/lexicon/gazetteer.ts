/**
 * District-level units and the province they belonged to, for places the corpus names.
 * A place line says "Hồng Lĩnh"; ids of provincial documents it cites ("…/TU", "UBND
 * tỉnh") need "tinh-ha-tinh". Historical units (before the 2025 mergers). Partial by
 * design: a full gazetteer is data to load, not code; unknown districts leave the
 * province open ("?") rather than guessed.
 */
export const DISTRICT_PROVINCE: Readonly<Record<string, string>> = {
  'tx-hong-linh': 'Hà Tĩnh',
  'tx-ky-anh': 'Hà Tĩnh',
  'tp-ha-tinh': 'Hà Tĩnh',
  'tx-an-nhon': 'Bình Định',
  'tx-hoai-nhon': 'Bình Định',
  'tp-quy-nhon': 'Bình Định',
  'tp-quang-ngai': 'Quảng Ngãi',
  'tx-duc-pho': 'Quảng Ngãi',
  'tp-da-lat': 'Lâm Đồng',
  'tp-bao-loc': 'Lâm Đồng',
  'tp-phan-thiet': 'Bình Thuận',
  'tx-la-gi': 'Bình Thuận',
  'tp-tuyen-quang': 'Tuyên Quang',
};
