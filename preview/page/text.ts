/** Every Thai text of the preview's window (the add-on's own texts come from dist/). */

export const TEXT = {
  title: 'ชีตติดตามผลตัวชี้วัด',
  subtitle: 'ตัวอย่างในเครื่อง ไม่ต้องใช้บัญชี Google',
  menus: 'เมนูของส่วนเสริม',
  /** Sheets' Extensions menu, as its Thai interface names it. */
  extensions: 'ส่วนขยาย',
  today: 'วันนี้ในตัวอย่าง',
  reset: 'คืนค่าข้อมูลตัวอย่าง',
  resetConfirm: 'ล้างทุกอย่างที่แก้ไว้ในตัวอย่างนี้ แล้วเริ่มจากข้อมูลตัวอย่างใหม่ทั้งหมด?',
  resetDone: 'คืนค่าข้อมูลตัวอย่างแล้ว',
  cellContent: 'เนื้อหาของเซลล์ที่เลือก',
  tabs: 'แท็บของสเปรดชีต',
  grid: (sheet: string) => `ตารางของแท็บ ${sheet}`,
  editCell: (cell: string) => `แก้ไขเซลล์ ${cell}`,
  checkbox: (cell: string, header: string) => (header === '' ? `ช่องติ๊ก ${cell}` : `${header} (${cell})`),
  /**
   * A computed cell (a formula's or its spilled result): it is not typed in. `columnNote` is its
   * column's header note, which names the white (input) cells of the row to change instead.
   */
  computedCell: (columnNote: string) =>
    columnNote === ''
      ? 'เซลล์นี้คำนวณอัตโนมัติ ในตัวอย่างนี้แก้ไม่ได้ ให้แก้ช่องสีขาวของแถวเดียวกันแทน'
      : `เซลล์นี้คำนวณอัตโนมัติ ในตัวอย่างนี้แก้ไม่ได้: ${columnNote}`,
  closeSidebar: 'ปิดแถบข้าง',
  closeDialog: 'ปิดหน้าต่าง',
  ok: 'ตกลง',
  errorTitle: 'เกิดข้อผิดพลาด',
  saved: 'บันทึกแล้ว',
  offline: 'ติดต่อเซิร์ฟเวอร์ตัวอย่างไม่ได้ กำลังลองใหม่…',
  formulaError: (message: string) => `สูตรผิดพลาด: ${message}`,
  invalid: (help: string) => `ข้อมูลไม่ตรงกับที่กำหนด: ${help}`,
} as const;
