import type { ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { ItfBarcode, ITF_QUIET_MM, mm, nextDotPt, QrCode } from './barcode';
import { FONT_MONO, FONT_SANS, MONO_ADVANCE_EM } from './fonts';
import { splitFixed } from './format';
import { PDF_TEXTS as T } from './texts';
import type { BoletoView } from './view-model';

/** ISO 216 A4, exactly (a `wrap={false}` page is shrunk by react-pdf to its content: 210 × 229 mm). */
const A4: [number, number] = [mm(210), mm(297)];
const MARGIN = mm(10);
const CONTENT = mm(190);
/**
 * The ficha de compensação sits at the foot of the sheet, as banks lay it out (FEBRABAN: ficha 95–108 mm tall
 * at the bottom, barcode centre ≥ 12 mm above the bottom edge): its barcode ends FICHA_BOTTOM_MM above the edge,
 * so the bars' centre is at FICHA_BOTTOM_MM + 6.5 mm.
 */
const FICHA_BOTTOM_MM = 8;
const LINE = 0.6;
const PIX_FONT = 7.5;
const QR_MM = 40;

const s = StyleSheet.create({
  page: { fontFamily: FONT_SANS, fontSize: 9, padding: MARGIN, color: '#000000' },
  ficha: { position: 'absolute', left: MARGIN, right: MARGIN, bottom: mm(FICHA_BOTTOM_MM) },
  fichaLabel: { fontSize: 5.5 },
  fichaValue: { fontSize: 8 },
  fichaBox: { backgroundColor: '#ffffff', paddingHorizontal: 2.5, paddingVertical: 1.1 },
  sideBox: { backgroundColor: '#ffffff', paddingHorizontal: 2.5, paddingVertical: 1.1, height: mm(5.4) },
  head: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    marginBottom: mm(2),
  },
  business: { fontSize: 12, fontWeight: 700 },
  small: { fontSize: 7.5 },
  caption: { fontSize: 8, fontWeight: 700, textTransform: 'uppercase' },
  // Cells are white boxes on the grid's black backdrop, LINE apart: the gaps are the rules. A bordered box
  // costs react-pdf a clipped path per side (≈ 40 content operators each); a background is one rectangle.
  box: { backgroundColor: '#ffffff', padding: 2.5 },
  label: { fontSize: 6 },
  value: { fontSize: 9 },
  strong: { fontWeight: 700 },
  right: { textAlign: 'right' },
  linhaFrame: { marginTop: mm(3), padding: 1.2, backgroundColor: '#000000' },
  linhaBox: { padding: mm(2), backgroundColor: '#ffffff' },
  linhaGrande: { fontFamily: FONT_MONO, fontWeight: 700, fontSize: 15, marginTop: 2 },
  pix: { flexDirection: 'row', marginTop: mm(3), alignItems: 'center' },
  pixText: { flex: 1, marginLeft: mm(3) },
  pixTitle: { fontSize: 11, fontWeight: 700 },
  mono: { fontFamily: FONT_MONO, fontWeight: 700, fontSize: PIX_FONT, marginTop: 3, lineHeight: 1.35 },
  cut: { marginBottom: mm(3), borderTopWidth: 0.8, borderStyle: 'dashed', paddingTop: 1 },
  fichaHead: { flexDirection: 'row', alignItems: 'flex-end', borderBottomWidth: 1.5, paddingBottom: 2 },
  banco: { width: mm(34), fontSize: 12, fontWeight: 700 },
  convenio: { width: mm(58), fontSize: 9, fontWeight: 700 },
  bancoCodigo: {
    width: mm(20),
    fontSize: 14,
    fontWeight: 700,
    textAlign: 'center',
    borderLeftWidth: 1.5,
    borderRightWidth: 1.5,
  },
  linhaFicha: { flex: 1, fontFamily: FONT_MONO, fontWeight: 700, fontSize: 11, textAlign: 'right' },
  grid: { backgroundColor: '#000000', padding: LINE, rowGap: LINE },
  cells: { flexDirection: 'row', columnGap: LINE },
  stack: { rowGap: LINE },
  side: { width: mm(48) - LINE },
  barcode: { marginTop: mm(1) },
  footer: { flexDirection: 'row', justifyContent: 'space-between', marginTop: mm(1.2) },
});

interface FieldProps {
  label: string;
  value: string;
  /** Share of the row (default 1); ignored when `width` is set or in a stacked column. */
  flex?: number;
  width?: number;
  stacked?: boolean;
  strong?: boolean;
  right?: boolean;
}

function Field(props: FieldProps) {
  const box = props.stacked
    ? {}
    : props.width === undefined
      ? { flex: props.flex ?? 1 }
      : { width: props.width };
  // One paragraph per field (label line + value line): each <Text> is a separate text layout, the main
  // cost of a render, so label and value share one. A right-aligned (money) field aligns its label too.
  return (
    <View style={[s.box, box]}>
      <Text style={[s.value, props.right ? s.right : {}]}>
        <Text style={s.label}>{`${props.label}\n`}</Text>
        {props.strong ? <Text style={s.strong}>{props.value}</Text> : props.value}
      </Text>
    </View>
  );
}

function PixBlock({ pix, dpi }: { pix: NonNullable<BoletoView['pix']>; dpi: number | undefined }) {
  const width = CONTENT - mm(QR_MM) - mm(3) - mm(8) * 2;
  const perLine = Math.floor(width / (PIX_FONT * MONO_ADVANCE_EM)) - 1;
  return (
    <View style={s.pix} wrap={false}>
      <QrCode text={pix.payload} sizeMm={QR_MM} dpi={dpi} />
      <View style={s.pixText}>
        <Text style={s.pixTitle}>{T.pixTitulo}</Text>
        <Text style={s.small}>{T.pixInstrucao}</Text>
        <Text style={s.mono}>{splitFixed(pix.payload, perLine).join('\n')}</Text>
        {pix.validoAte ? <Text style={[s.small, s.strong]}>{pix.validoAte}</Text> : null}
      </View>
    </View>
  );
}

/** The payer's part: what is due today (with multa and juros when overdue), the linha digitável and the Pix. */
function ReciboPagador({ v }: { v: BoletoView }) {
  return (
    <View>
      <View style={s.head}>
        <View>
          <Text style={s.business}>{v.beneficiario.nome}</Text>
          <Text style={s.small}>{`${v.beneficiario.cnpj} · ${v.beneficiario.endereco}`}</Text>
        </View>
        <Text style={s.caption}>{T.reciboPagador}</Text>
      </View>
      <View style={s.grid}>
        <View style={s.cells}>
          <Field label={T.pagador} value={`${v.pagador.nome} · ${v.pagador.documento}`} flex={2} />
          <Field label={T.fatura} value={v.faturaCodigo} />
          <Field label={T.vencimento} value={v.vencimento} strong right />
        </View>
        <View style={s.cells}>
          <Field label={T.historico} value={v.historico} flex={2} />
          <Field label={T.emissao} value={v.emissao} />
          <Field label={T.valorDocumento} value={v.valorDocumento} right />
        </View>
        <View style={s.cells}>
          {v.encargos.map((e, i) => (
            <Field
              key={e.label}
              label={e.label}
              value={e.value}
              // One figure (no split) spans both charge columns.
              flex={v.encargos.length === 1 ? 3 : i === 0 ? 2 : 1}
              right
            />
          ))}
          <Field label={T.valorAtualizadoHoje} value={v.valorCobrado} strong right />
        </View>
      </View>
      <View style={s.linhaFrame}>
        <View style={s.linhaBox}>
          <Text style={s.label}>{T.linhaDigitavel}</Text>
          <Text style={s.linhaGrande}>{v.linhaDigitavel}</Text>
        </View>
      </View>
      {v.pix ? <PixBlock pix={v.pix} dpi={v.dpi} /> : null}
    </View>
  );
}

/** A ficha box: small label, value below; empty values keep the box (the teller writes in it). */
function Box(props: {
  label: string;
  value?: string;
  flex?: number;
  width?: number;
  strong?: boolean;
  right?: boolean;
}) {
  const size = props.width === undefined ? { flex: props.flex ?? 1 } : { width: props.width };
  return (
    <View style={[s.fichaBox, size]}>
      <Text style={[s.fichaValue, props.right ? s.right : {}]}>
        <Text style={s.fichaLabel}>{`${props.label}\n`}</Text>
        {props.strong ? <Text style={s.strong}>{props.value || ' '}</Text> : props.value || ' '}
      </Text>
    </View>
  );
}

const SIDE = mm(48) - LINE;

/**
 * The ficha de compensação, as banks lay it out: bank and linha digitável, then the boxes a teller reads
 * (beneficiário with agência/código, nosso número, espécie, aceite, data do processamento; the payer with the
 * full CPF/CNPJ and address), the value the barcode encodes, the adjustments only when they add up to today's
 * amount (ficha.ts), "(=) Valor cobrado" blank for the teller — then the barcode.
 */
function FichaCompensacao({ v }: { v: BoletoView }) {
  const f = v.ficha;
  return (
    <View style={s.ficha}>
      <View style={s.cut}>
        <Text style={[s.small, s.right]}>{T.corte}</Text>
      </View>
      <View style={s.fichaHead}>
        {v.emissorCodigo ? (
          <>
            <Text style={s.banco}>{v.emissor}</Text>
            <Text style={s.bancoCodigo}>{v.emissorCodigo}</Text>
          </>
        ) : (
          <Text style={s.convenio}>{v.emissor}</Text>
        )}
        <Text style={s.linhaFicha}>{v.linhaDigitavel}</Text>
      </View>
      <View style={s.grid}>
        <View style={s.cells}>
          <Box label={T.localPagamento} value={T.localPagamentoTexto} />
          <Box label={T.vencimento} value={v.vencimento} width={SIDE} strong right />
        </View>
        <View style={s.cells}>
          <Box
            label={T.beneficiario}
            value={`${v.beneficiario.nome} · ${v.beneficiario.cnpj} · ${v.beneficiario.endereco}`}
          />
          <Box label={T.agenciaCodigo} value={f.agenciaCodigo} width={SIDE} right />
        </View>
        <View style={s.cells}>
          <Box label={T.emissao} value={v.emissao} flex={1.1} />
          <Box label={T.numeroDocumento} value={v.faturaCodigo} flex={1.3} />
          <Box label={T.especieDoc} value="" flex={0.7} />
          <Box label={T.aceite} value={T.aceiteNao} flex={0.5} />
          <Box label={T.dataProcessamento} value={f.dataProcessamento} flex={1.2} />
          <Box label={T.nossoNumero} value={f.nossoNumero} width={SIDE} right />
        </View>
        <View style={s.cells}>
          <Box label={T.usoBanco} value="" flex={1.1} />
          <Box label={T.carteira} value={f.carteira} flex={0.8} />
          <Box label={T.especie} value={T.especieReal} flex={0.7} />
          <Box label={T.quantidade} value="" flex={1} />
          <Box label={T.valor} value="" flex={1.1} />
          <Box label={T.valorDocumento} value={f.valorDocumento} width={SIDE} strong right />
        </View>
        <View style={s.cells}>
          <View style={[s.fichaBox, { flex: 1 }]}>
            <Text style={s.fichaValue}>
              <Text style={s.fichaLabel}>{`${T.instrucoes}\n`}</Text>
              {f.instrucoes}
            </Text>
          </View>
          <View style={[{ width: SIDE }, s.stack]}>
            {(
              [
                [T.desconto, f.desconto],
                [T.outrasDeducoes, f.outrasDeducoes],
                [T.moraMulta, f.moraMulta],
                [T.outrosAcrescimos, f.outrosAcrescimos],
                [T.valorCobrado, ''],
              ] as const
            ).map(([label, value]) => (
              // Filled only when they add up to today's amount (ficha.ts); "(=) Valor cobrado" is the teller's.
              <View key={label} style={s.sideBox}>
                <Text style={[s.fichaValue, s.right]}>
                  <Text style={s.fichaLabel}>{value ? `${label}  ` : label}</Text>
                  {value ? <Text style={s.strong}>{value}</Text> : null}
                </Text>
              </View>
            ))}
          </View>
        </View>
        <View style={s.cells}>
          <View style={[s.fichaBox, { flex: 1 }]}>
            <Text style={s.fichaValue}>
              <Text style={s.fichaLabel}>{`${T.pagador}\n`}</Text>
              {[f.pagador, f.pagadorEndereco].filter(Boolean).join('\n')}
              <Text style={s.fichaLabel}>{`\n${T.sacadorAvalista}`}</Text>
            </Text>
          </View>
        </View>
      </View>
      <View style={s.footer}>
        <Text style={s.small}>{v.rodape}</Text>
        <Text style={s.small}>{`${T.autenticacao} · ${T.fichaCompensacao}`}</Text>
      </View>
      {/* Bars start 10 mm from the sheet's left edge (quiet zone 6.35 mm before them), on the printer's dot grid. */}
      <View style={[s.barcode, { marginLeft: nextDotPt(mm(10), v.dpi) - mm(ITF_QUIET_MM) - MARGIN }]}>
        <ItfBarcode codigoBarras={v.codigoBarras} dpi={v.dpi} />
      </View>
    </View>
  );
}

/**
 * The A4 bank-style document on an exact 210 × 297 mm page: the payer's receipt (with Pix) at the top, a cut
 * line, and the ficha de compensação at the foot of the sheet.
 */
export function boletoA4Document(v: BoletoView, title: string): ReactElement<DocumentProps> {
  return (
    <Document title={title} author={v.beneficiario.nome} creator="Totem" producer="Totem" language="pt-BR">
      <Page size={A4} style={s.page}>
        <ReciboPagador v={v} />
        <FichaCompensacao v={v} />
      </Page>
    </Document>
  );
}
