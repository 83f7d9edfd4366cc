import { T } from '@/components/kiosk/texts';
import { LinkButton } from '@/components/ui/button';
import { MessageScreen } from '@/components/ui/screen';

export default function FaturaNotFound() {
  return (
    <MessageScreen
      testId="screen-fatura-not-found"
      tone="danger"
      title={T.fatura.notFoundTitle}
      text={T.fatura.notFoundText}
      actions={<LinkButton href="/cliente">{T.fatura.back}</LinkButton>}
    />
  );
}
