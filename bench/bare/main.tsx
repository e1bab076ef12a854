// The measured floor: React and Fluent UI with the Teams theme, a table of 40 people and a dialog, nothing of the
// app. The side panel's load is compared with this page built and served the same way.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  FluentProvider,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  teamsLightTheme,
} from '@fluentui/react-components';

const people = Array.from({ length: 40 }, (_, i) => ({
  name: `Deltagare ${i + 1}`,
  organisation: `Organisation ${i % 7}`,
}));

function BarePage() {
  return (
    <FluentProvider theme={teamsLightTheme}>
      <Dialog>
        <DialogTrigger disableButtonEnhancement>
          <Button>Öppna</Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Dialog</DialogTitle>
            <DialogContent>Innehåll</DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="primary">Stäng</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <Table aria-label="Närvaro">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Namn</TableHeaderCell>
            <TableHeaderCell>Organisation</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {people.map((person) => (
            <TableRow key={person.name}>
              <TableCell>{person.name}</TableCell>
              <TableCell>{person.organisation}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <BarePage />
  </StrictMode>,
);
