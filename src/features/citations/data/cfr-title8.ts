/**
 * Parts of Title 8 of the Code of Federal Regulations in force: chapter I (Department of Homeland
 * Security) and chapter V (Executive Office for Immigration Review). Source: the eCFR table of
 * contents for Title 8 (ecfr.gov, Title 8 — Aliens and Nationality).
 *
 * Used only to read a bare number such as "1003.23" or "§ 274a.12" as 8 C.F.R. when no code is
 * named; a citation that names the C.F.R. is accepted for any part of any title.
 */
export const CFR_TITLE_8_PARTS: ReadonlySet<string> = new Set(
  `1 2 100 101 103 106 204 205 207 208 209 210 211 212 213 213a 214 215 216 217 221 223 231 232 233 234 235 236
   237 238 239 240 241 244 245 245a 246 247 248 249 250 251 252 253 258 264 265 270 271 273 274 274a 280 286 287
   292 293 299 301 306 310 312 313 315 316 319 320 322 324 325 327 328 329 330 332 333 334 335 336 337 338 339 340
   341 342 343 343a 343b 343c 349 392 499
   1001 1003 1004 1101 1103 1205 1208 1209 1211 1212 1215 1216 1235 1236 1238 1239 1240 1241 1244 1245 1246 1249
   1270 1274a 1280 1287 1292 1299 1337`.trim().split(/\s+/),
);
