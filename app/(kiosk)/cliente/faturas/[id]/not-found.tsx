import { LinkButton } from '@/components/ui/button';
import { MessageScreen } from '@/components/ui/screen';
import { FT } from '@/components/faturas/texts';

export default function FaturaNotFound() {
  return (
    <MessageScreen
      testId="screen-fatura-not-found"
      tone="danger"
      title={FT.fatura.notFoundTitle}
      text={FT.fatura.notFoundText}
      actions={<LinkButton href="/cliente">{FT.fatura.back}</LinkButton>}
    />
  );
}
