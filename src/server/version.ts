/** The program's version, shown by /api/health and `casevault --version`. */
export const version = '0.1.0';
